import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Отправить код',
  'step.RESET_PASSWORD.title': 'Сброс пароля',
  'step.CONFIRM_RESET_PASSWORD.title': 'Придумайте новый пароль',
  'hint.resetPassword': 'Мы отправим код для сброса пароля от этого аккаунта.',
  'hint.confirmResetPassword': 'Введите код, отправленный на {destination}, и придумайте новый пароль.',
  'hint.confirmResetPasswordNoDestination': 'Введите код, который мы вам отправили, и придумайте новый пароль.',
};
