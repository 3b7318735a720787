import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Qanday kirmoqchisiz?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Bu siz ekaningizni qanday tasdiqlashni tanlang',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Ikki bosqichli tekshiruvni sozlang',
  'choice.SMS': 'SMS xabar',
  'choice.TOTP': 'Autentifikator ilovasi',
  'choice.EMAIL': 'Email',
  'choice.PASSWORD': 'Parol',
  'choice.PASSWORD_SRP': 'Parol',
  'choice.EMAIL_OTP': 'Kodni emailga yuborish',
  'choice.SMS_OTP': 'Kodni SMS orqali yuborish',
  'choice.WEB_AUTHN': 'Kirish kaliti',
};
