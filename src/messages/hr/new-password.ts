import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Odaberite novu zaporku',
  'hint.newPassword': 'Prije nastavka privremenu zaporku morate zamijeniti novom.',
  'hint.missingAttributes': 'Trebamo još nekoliko podataka.',
};
