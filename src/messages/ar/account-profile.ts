import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'الملف الشخصي',
  'account.profile.submit': 'حفظ',
  'account.profile.saved': 'تم حفظ ملفك الشخصي.',
  'account.profile.pending': 'إلى أن تُدخل الرمز، ستظل تسجّل الدخول باستخدام {old}.',
  'account.profile.confirmed': 'تم التأكيد. أصبحت تسجّل الدخول الآن باستخدام {value}.',
  'account.profile.cancel': 'إلغاء',
};
