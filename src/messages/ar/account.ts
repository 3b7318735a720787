import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'لم تسجّل الدخول. سجّل الدخول لإدارة حسابك.',
  'account.password.title': 'تغيير كلمة المرور',
  'account.field.currentPassword': 'كلمة المرور الحالية',
  'account.password.submit': 'تغيير كلمة المرور',
  'account.password.changed': 'تم تغيير كلمة المرور.',
  'account.error.currentPassword': 'هذه ليست كلمة المرور الحالية.',
  'account.sessions.title': 'تسجيل الخروج من كل مكان',
  'account.sessions.hint': 'سيؤدي هذا إلى تسجيل خروجك من كل جهاز ومتصفح سجّلت الدخول منه، بما في ذلك هذا الجهاز.',
  'account.sessions.submit': 'تسجيل الخروج من كل الأجهزة',
  'account.delete.title': 'حذف حسابك',
  'account.delete.hint': 'سيؤدي هذا إلى حذف حسابك وكل ما حُفظ فيه، ولا يمكن التراجع عنه.',
  'account.delete.word': 'حذف',
  'account.delete.field': 'للتأكيد، اكتب «{word}»',
  'account.delete.submit': 'حذف الحساب',
  'account.delete.mismatch': 'اكتب «{word}» للتأكيد.',
  'account.delete.done': 'تم حذف حسابك.',
};
