import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Bu qurilmani eslab qolish',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'SMS orqali yuborgan kodimizni kiriting',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Email orqali yuborgan kodimizni kiriting',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Autentifikator ilovasidagi kodni kiriting',
  'step.CONFIRM_SIGN_UP.title': 'Hisobingizni tasdiqlang',
  'hint.codeSent': '{destination} manziliga kod yubordik.',
  'hint.codeSentBy.SMS': '{destination} raqamiga SMS orqali kod yubordik.',
  'hint.codeSentBy.EMAIL': '{destination} manziliga email orqali kod yubordik.',
  'hint.totpCode': 'Autentifikator ilovasini oching va bu hisob uchun 6 xonali kodni kiriting.',
  'hint.confirmSignUp': 'Hisobingizni tasdiqlash uchun {destination} manziliga yuborgan kodimizni kiriting.',
  'hint.confirmSignUpNoDestination': 'Hisobingizni tasdiqlash uchun sizga yuborgan kodimizni kiriting.',
};
