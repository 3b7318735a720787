import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'وارد نشده‌اید. برای مدیریت حسابتان وارد شوید.',
  'account.password.title': 'تغییر گذرواژه',
  'account.field.currentPassword': 'گذرواژهٔ فعلی',
  'account.password.submit': 'تغییر گذرواژه',
  'account.password.changed': 'گذرواژهٔ شما تغییر کرد.',
  'account.error.currentPassword': 'این گذرواژهٔ فعلی شما نیست.',
  'account.sessions.title': 'خروج از همه‌جا',
  'account.sessions.hint':
    'با این کار از همهٔ دستگاه‌ها و مرورگرهایی که در آن‌ها وارد شده‌اید، از جمله همین یکی، خارج می‌شوید.',
  'account.sessions.submit': 'خروج از همهٔ دستگاه‌ها',
  'account.delete.title': 'حذف حساب',
  'account.delete.hint': 'با این کار حساب شما و هر چه در آن ذخیره شده حذف می‌شود و قابل بازگشت نیست.',
  'account.delete.word': 'حذف',
  'account.delete.field': 'برای تأیید، «{word}» را بنویسید',
  'account.delete.submit': 'حذف حساب',
  'account.delete.mismatch': 'برای تأیید، «{word}» را بنویسید.',
  'account.delete.done': 'حساب شما حذف شد.',
};
