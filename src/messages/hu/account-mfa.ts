import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Kétlépcsős azonosítás',
  'account.mfa.off': 'A kétlépcsős azonosítás ki van kapcsolva: bejelentkezéskor csak a jelszavát kell megadnia.',
  'account.mfa.hint': 'Bejelentkezéskor meg kell adnia a jelszavát, majd egy kódot az elsődleges módszerből.',
  'account.mfa.retry': 'Újrapróbálkozás',
  'account.mfa.on': 'Bekapcsolva',
  'account.mfa.preferred': 'Bekapcsolva, elsődleges',
  'account.mfa.turnOn': 'Bekapcsolás',
  'account.mfa.turnOff': 'Kikapcsolás',
  'account.mfa.prefer': 'Legyen elsődleges',
  'account.mfa.cancel': 'Mégse',
  'account.mfa.totpOn':
    'A hitelesítő alkalmazás be van kapcsolva. Következő bejelentkezéskor adja meg az általa mutatott kódot.',
  'account.mfa.saved': 'A módosítás mentve.',
  'error.mfaLastRequired':
    'Ennél a fióknál kötelező a kétlépcsős azonosítás. Mielőtt kikapcsolja ezt a módszert, kapcsoljon be egy másikat.',
};
