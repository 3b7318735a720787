import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Sukurkite naują slaptažodį',
  'hint.newPassword': 'Prieš tęsiant laikinąjį slaptažodį reikia pakeisti nauju.',
  'hint.missingAttributes': 'Mums reikia dar kelių duomenų.',
};
