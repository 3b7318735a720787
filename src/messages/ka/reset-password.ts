import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'კოდის გაგზავნა',
  'step.RESET_PASSWORD.title': 'პაროლის აღდგენა',
  'step.CONFIRM_RESET_PASSWORD.title': 'აირჩიეთ ახალი პაროლი',
  'hint.resetPassword': 'ამ ანგარიშის პაროლის აღსადგენად კოდს გამოგიგზავნით.',
  'hint.confirmResetPassword': 'შეიყვანეთ კოდი, რომელიც გავგზავნეთ ({destination}), და აირჩიეთ ახალი პაროლი.',
  'hint.confirmResetPasswordNoDestination': 'შეიყვანეთ კოდი, რომელიც გამოგიგზავნეთ, და აირჩიეთ ახალი პაროლი.',
};
