import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Як вы хочаце ўвайсці?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Як пацвердзіць, што гэта вы?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Наладжванне двухэтапнай праверкі',
  'choice.SMS': 'SMS-паведамленне',
  'choice.TOTP': 'Праграма аўтэнтыфікацыі',
  'choice.EMAIL': 'Электронная пошта',
  'choice.PASSWORD': 'Пароль',
  'choice.PASSWORD_SRP': 'Пароль',
  'choice.EMAIL_OTP': 'Атрымаць код па электроннай пошце',
  'choice.SMS_OTP': 'Атрымаць код у SMS',
  'choice.WEB_AUTHN': 'Ключ доступу',
};
