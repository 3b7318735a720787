import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Запомнить это устройство',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Введите код из SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Введите код из письма',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Введите код из приложения-аутентификатора',
  'step.CONFIRM_SIGN_UP.title': 'Подтверждение аккаунта',
  'hint.codeSent': 'Мы отправили код на {destination}.',
  'hint.codeSentBy.SMS': 'Мы отправили код в SMS на номер {destination}.',
  'hint.codeSentBy.EMAIL': 'Мы отправили код на адрес {destination}.',
  'hint.totpCode': 'Откройте приложение-аутентификатор и введите шестизначный код для этого аккаунта.',
  'hint.confirmSignUp': 'Чтобы подтвердить аккаунт, введите код, отправленный на {destination}.',
  'hint.confirmSignUpNoDestination': 'Чтобы подтвердить аккаунт, введите код, который мы вам отправили.',
};
