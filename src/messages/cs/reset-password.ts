import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Poslat kód',
  'step.RESET_PASSWORD.title': 'Obnovení hesla',
  'step.CONFIRM_RESET_PASSWORD.title': 'Zvolte nové heslo',
  'hint.resetPassword': 'Pošleme vám kód k obnovení hesla tohoto účtu.',
  'hint.confirmResetPassword': 'Zadejte kód, který jsme poslali na {destination}, a zvolte nové heslo.',
  'hint.confirmResetPasswordNoDestination': 'Zadejte kód, který jsme vám poslali, a zvolte nové heslo.',
};
