import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Како желите да се пријавите?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Изаберите како ћете потврдити да сте то ви',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Подесите потврду у два корака',
  'choice.SMS': 'SMS порука',
  'choice.TOTP': 'Апликација за аутентификацију',
  'choice.EMAIL': 'Имејл',
  'choice.PASSWORD': 'Лозинка',
  'choice.PASSWORD_SRP': 'Лозинка',
  'choice.EMAIL_OTP': 'Пошаљи ми кôд имејлом',
  'choice.SMS_OTP': 'Пошаљи ми кôд SMS-ом',
  'choice.WEB_AUTHN': 'Приступни кључ',
};
