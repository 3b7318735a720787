import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'اختر كلمة مرور جديدة',
  'hint.newPassword': 'يجب تغيير كلمة المرور المؤقتة قبل المتابعة.',
  'hint.missingAttributes': 'نحتاج أيضًا إلى بعض المعلومات الإضافية.',
};
