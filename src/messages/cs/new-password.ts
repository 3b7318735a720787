import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Zvolte nové heslo',
  'hint.newPassword': 'Než budete pokračovat, musíte dočasné heslo nahradit novým.',
  'hint.missingAttributes': 'Potřebujeme od vás ještě několik údajů.',
};
