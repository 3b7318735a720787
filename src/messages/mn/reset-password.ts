import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Код илгээх',
  'step.RESET_PASSWORD.title': 'Нууц үгээ сэргээх',
  'step.CONFIRM_RESET_PASSWORD.title': 'Шинэ нууц үг сонгоно уу',
  'hint.resetPassword': 'Бид энэ бүртгэлийн нууц үгийг сэргээх код илгээнэ.',
  'hint.confirmResetPassword': '{destination} руу илгээсэн кодыг оруулаад шинэ нууц үг сонгоно уу.',
  'hint.confirmResetPasswordNoDestination': 'Бидний илгээсэн кодыг оруулаад шинэ нууц үг сонгоно уу.',
};
