import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Daxil olmamısınız. Hesabınızı idarə etmək üçün daxil olun.',
  'account.password.title': 'Parolunuzu dəyişin',
  'account.field.currentPassword': 'Cari parol',
  'account.password.submit': 'Parolu dəyişin',
  'account.password.changed': 'Parolunuz dəyişdirildi.',
  'account.error.currentPassword': 'Bu, cari parolunuz deyil.',
  'account.sessions.title': 'Hər yerdən çıxın',
  'account.sessions.hint': 'Bu, daxil olduğunuz bütün cihaz və brauzerlərdən, o cümlədən bu cihazdan çıxış edəcək.',
  'account.sessions.submit': 'Bütün cihazlardan çıxın',
  'account.delete.title': 'Hesabınızı silin',
  'account.delete.hint': 'Bu, hesabınızı və onunla saxlanan hər şeyi silir. Geri qaytarmaq mümkün deyil.',
  'account.delete.word': 'sil',
  'account.delete.field': 'Təsdiqləmək üçün «{word}» yazın',
  'account.delete.submit': 'Hesabı sil',
  'account.delete.mismatch': 'Təsdiqləmək üçün «{word}» yazın.',
  'account.delete.done': 'Hesabınız silindi.',
};
