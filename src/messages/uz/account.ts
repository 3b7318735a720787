import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Siz tizimga kirmagansiz. Hisobingizni boshqarish uchun kiring.',
  'account.password.title': 'Parolni oʻzgartirish',
  'account.field.currentPassword': 'Joriy parol',
  'account.password.submit': 'Parolni oʻzgartirish',
  'account.password.changed': 'Parolingiz oʻzgartirildi.',
  'account.error.currentPassword': 'Bu joriy parolingiz emas.',
  'account.sessions.title': 'Hamma joydan chiqish',
  'account.sessions.hint': 'Bu sizni kirgan barcha qurilma va brauzerlardan, jumladan, shu qurilmadan ham chiqaradi.',
  'account.sessions.submit': 'Barcha qurilmalardan chiqish',
  'account.delete.title': 'Hisobingizni o‘chirish',
  'account.delete.hint': 'Bu hisobingizni va unda saqlangan hamma narsani o‘chiradi. Buni qaytarib bo‘lmaydi.',
  'account.delete.word': 'o‘chirish',
  'account.delete.field': 'Tasdiqlash uchun “{word}” deb yozing',
  'account.delete.submit': 'Hisobni o‘chirish',
  'account.delete.mismatch': 'Tasdiqlash uchun “{word}” deb yozing.',
  'account.delete.done': 'Hisobingiz o‘chirildi.',
};
