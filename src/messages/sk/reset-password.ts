import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Poslať kód',
  'step.RESET_PASSWORD.title': 'Obnovenie hesla',
  'step.CONFIRM_RESET_PASSWORD.title': 'Zvoľte nové heslo',
  'hint.resetPassword': 'Pošleme vám kód na obnovenie hesla tohto účtu.',
  'hint.confirmResetPassword': 'Zadajte kód, ktorý sme poslali na {destination}, a zvoľte nové heslo.',
  'hint.confirmResetPasswordNoDestination': 'Zadajte kód, ktorý sme vám poslali, a zvoľte nové heslo.',
};
