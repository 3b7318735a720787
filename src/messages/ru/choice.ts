import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Как вы хотите войти?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Как подтвердить, что это вы?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Настройка двухэтапной аутентификации',
  'choice.SMS': 'SMS-сообщение',
  'choice.TOTP': 'Приложение-аутентификатор',
  'choice.EMAIL': 'Электронная почта',
  'choice.PASSWORD': 'Пароль',
  'choice.PASSWORD_SRP': 'Пароль',
  'choice.EMAIL_OTP': 'Получить код по электронной почте',
  'choice.SMS_OTP': 'Получить код в SMS',
  'choice.WEB_AUTHN': 'Ключ доступа',
};
