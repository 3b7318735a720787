import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Як ви хочете ввійти?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Як підтвердити, що це ви?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Налаштування двоетапної перевірки',
  'choice.SMS': 'SMS-повідомлення',
  'choice.TOTP': 'Застосунок для автентифікації',
  'choice.EMAIL': 'Електронна пошта',
  'choice.PASSWORD': 'Пароль',
  'choice.PASSWORD_SRP': 'Пароль',
  'choice.EMAIL_OTP': 'Отримати код електронною поштою',
  'choice.SMS_OTP': 'Отримати код у SMS',
  'choice.WEB_AUTHN': 'Ключ доступу',
};
