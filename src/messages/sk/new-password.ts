import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Zvoľte nové heslo',
  'hint.newPassword': 'Pred pokračovaním musíte dočasné heslo nahradiť novým.',
  'hint.missingAttributes': 'Potrebujeme od vás ešte niekoľko údajov.',
};
