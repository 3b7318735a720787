import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'متابعة',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'إعداد التحقق عبر البريد الإلكتروني',
  'hint.emailSetup': 'أدخِل عنوان البريد الإلكتروني الذي نرسل إليه رموز تسجيل الدخول.',
};
