import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Ipadala ang code',
  'step.RESET_PASSWORD.title': 'I-reset ang iyong password',
  'step.CONFIRM_RESET_PASSWORD.title': 'Pumili ng bagong password',
  'hint.resetPassword': 'Magpapadala kami ng code para i-reset ang password ng account na ito.',
  'hint.confirmResetPassword': 'Ilagay ang code na ipinadala namin sa {destination} at pumili ng bagong password.',
  'hint.confirmResetPasswordNoDestination': 'Ilagay ang code na ipinadala namin sa iyo at pumili ng bagong password.',
};
