import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'İki addımlı doğrulama',
  'account.mfa.off': 'İki addımlı doğrulama deaktivdir: daxil olarkən yalnız parolunuz soruşulur.',
  'account.mfa.hint': 'Daxil olarkən əvvəlcə parolunuz, sonra ilk istifadə olunan üsuldan gələn kod soruşulur.',
  'account.mfa.retry': 'Yenidən cəhd edin',
  'account.mfa.on': 'Aktivdir',
  'account.mfa.preferred': 'Aktivdir, ilk istifadə olunur',
  'account.mfa.turnOn': 'Aktiv edin',
  'account.mfa.turnOff': 'Deaktiv edin',
  'account.mfa.prefer': 'İlk istifadə edin',
  'account.mfa.cancel': 'Ləğv edin',
  'account.mfa.totpOn':
    'Autentifikator tətbiqiniz aktivdir. Növbəti dəfə daxil olarkən onun göstərdiyi kodu daxil edin.',
  'account.mfa.saved': 'Dəyişikliyiniz yadda saxlanıldı.',
  'error.mfaLastRequired':
    'Bu hesabda iki addımlı doğrulama qalmalıdır. Bu üsulu deaktiv etməzdən əvvəl başqa üsulu aktiv edin.',
};
