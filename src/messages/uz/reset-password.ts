import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Kodni yuborish',
  'step.RESET_PASSWORD.title': 'Parolni tiklang',
  'step.CONFIRM_RESET_PASSWORD.title': 'Yangi parol tanlang',
  'hint.resetPassword': 'Bu hisob parolini tiklash uchun kod yuboramiz.',
  'hint.confirmResetPassword': '{destination} manziliga yuborgan kodimizni kiriting va yangi parol tanlang.',
  'hint.confirmResetPasswordNoDestination': 'Sizga yuborgan kodimizni kiriting va yangi parol tanlang.',
};
