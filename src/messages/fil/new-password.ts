import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Pumili ng bagong password',
  'hint.newPassword': 'Kailangang palitan ang iyong pansamantalang password bago ka magpatuloy.',
  'hint.missingAttributes': 'Kailangan din namin ng ilang detalye.',
};
