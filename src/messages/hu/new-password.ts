import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Válasszon új jelszót',
  'hint.newPassword': 'A folytatás előtt le kell cserélnie az ideiglenes jelszavát.',
  'hint.missingAttributes': 'Néhány további adatra is szükségünk van.',
};
