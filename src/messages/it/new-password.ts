import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Scegli una nuova password',
  'hint.newPassword': 'Prima di continuare devi sostituire la password temporanea.',
  'hint.missingAttributes': 'Ci servono ancora alcune informazioni.',
};
