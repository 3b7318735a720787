import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Изпращане на код',
  'step.RESET_PASSWORD.title': 'Нулиране на паролата',
  'step.CONFIRM_RESET_PASSWORD.title': 'Създайте нова парола',
  'hint.resetPassword': 'Ще изпратим код за нулиране на паролата на този профил.',
  'hint.confirmResetPassword': 'Въведете кода, който изпратихме на {destination}, и създайте нова парола.',
  'hint.confirmResetPasswordNoDestination': 'Въведете кода, който ви изпратихме, и създайте нова парола.',
};
