import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Та хэрхэн нэвтрэхийг хүсэж байна вэ?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Өөрийгөө хэрхэн баталгаажуулахаа сонгоно уу',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2 алхамт баталгаажуулалтыг тохируулах',
  'choice.SMS': 'SMS мессеж',
  'choice.TOTP': 'Баталгаажуулагч апп',
  'choice.EMAIL': 'Имэйл',
  'choice.PASSWORD': 'Нууц үг',
  'choice.PASSWORD_SRP': 'Нууц үг',
  'choice.EMAIL_OTP': 'Кодыг имэйлээр авах',
  'choice.SMS_OTP': 'Кодыг SMS-ээр авах',
  'choice.WEB_AUTHN': 'Нэвтрэх түлхүүр',
};
