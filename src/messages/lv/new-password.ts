import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Izvēlieties jaunu paroli',
  'hint.newPassword': 'Pirms turpināt, pagaidu parole jāaizstāj ar jaunu.',
  'hint.missingAttributes': 'Mums vajag vēl dažas ziņas.',
};
