import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Надіслати код',
  'step.RESET_PASSWORD.title': 'Скидання пароля',
  'step.CONFIRM_RESET_PASSWORD.title': 'Створіть новий пароль',
  'hint.resetPassword': 'Ми надішлемо код, щоб скинути пароль цього облікового запису.',
  'hint.confirmResetPassword': 'Введіть код, надісланий на {destination}, і створіть новий пароль.',
  'hint.confirmResetPasswordNoDestination': 'Введіть код, який ми вам надіслали, і створіть новий пароль.',
};
