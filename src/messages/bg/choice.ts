import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Как искате да влезете?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Изберете как да потвърдите, че сте вие',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Настройване на потвърждаването в две стъпки',
  'choice.SMS': 'Текстово съобщение (SMS)',
  'choice.TOTP': 'Приложение за удостоверяване',
  'choice.EMAIL': 'Имейл',
  'choice.PASSWORD': 'Парола',
  'choice.PASSWORD_SRP': 'Парола',
  'choice.EMAIL_OTP': 'Получаване на код по имейл',
  'choice.SMS_OTP': 'Получаване на код в SMS',
  'choice.WEB_AUTHN': 'Ключ за достъп',
};
