import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'İki adımlı doğrulama',
  'account.mfa.off': 'İki adımlı doğrulama kapalı: Oturum açarken yalnızca şifreniz istenir.',
  'account.mfa.hint': 'Oturum açarken önce şifreniz, ardından ilk kullanılan yöntemden bir kod istenir.',
  'account.mfa.retry': 'Tekrar dene',
  'account.mfa.on': 'Açık',
  'account.mfa.preferred': 'Açık, ilk kullanılan',
  'account.mfa.turnOn': 'Aç',
  'account.mfa.turnOff': 'Kapat',
  'account.mfa.prefer': 'İlk kullan',
  'account.mfa.cancel': 'İptal',
  'account.mfa.totpOn':
    'Kimlik doğrulama uygulamanız açıldı. Bir sonraki oturum açışınızda uygulamanın gösterdiği kodu girin.',
  'account.mfa.saved': 'Değişikliğiniz kaydedildi.',
  'error.mfaLastRequired':
    'Bu hesapta iki adımlı doğrulama kalmalıdır. Bu yöntemi kapatmadan önce başka bir yöntemi açın.',
};
