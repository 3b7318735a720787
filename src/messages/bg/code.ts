import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Запомняне на това устройство',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Въведете кода, който получихте в SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Въведете кода, който получихте по имейл',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Въведете кода от приложението за удостоверяване',
  'step.CONFIRM_SIGN_UP.title': 'Потвърждаване на профила',
  'hint.codeSent': 'Изпратихме код на {destination}.',
  'hint.codeSentBy.SMS': 'Изпратихме код в SMS на {destination}.',
  'hint.codeSentBy.EMAIL': 'Изпратихме код по имейл на {destination}.',
  'hint.totpCode': 'Отворете приложението за удостоверяване и въведете 6-цифрения код за този профил.',
  'hint.confirmSignUp': 'Въведете кода, който изпратихме на {destination}, за да потвърдите профила си.',
  'hint.confirmSignUpNoDestination': 'Въведете кода, който ви изпратихме, за да потвърдите профила си.',
};
