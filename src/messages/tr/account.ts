import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Oturum açmadınız. Hesabınızı yönetmek için oturum açın.',
  'account.password.title': 'Şifrenizi değiştirin',
  'account.field.currentPassword': 'Mevcut şifre',
  'account.password.submit': 'Şifreyi değiştir',
  'account.password.changed': 'Şifreniz değiştirildi.',
  'account.error.currentPassword': 'Bu, mevcut şifreniz değil.',
  'account.sessions.title': 'Her yerden çıkış yapın',
  'account.sessions.hint':
    'Bu işlem, bu cihaz dahil oturum açtığınız tüm cihaz ve tarayıcılardan çıkış yapmanızı sağlar.',
  'account.sessions.submit': 'Tüm cihazlardan çıkış yap',
  'account.delete.title': 'Hesabınızı silin',
  'account.delete.hint': 'Bu işlem hesabınızı ve hesapta kayıtlı her şeyi siler. Geri alınamaz.',
  'account.delete.word': 'sil',
  'account.delete.field': 'Onaylamak için “{word}” yazın',
  'account.delete.submit': 'Hesabı sil',
  'account.delete.mismatch': 'Onaylamak için “{word}” yazın.',
  'account.delete.done': 'Hesabınız silindi.',
};
