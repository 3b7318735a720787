import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Divpakāpju verifikācija',
  'account.mfa.off': 'Divpakāpju verifikācija ir izslēgta: pierakstoties tiek prasīta tikai parole.',
  'account.mfa.hint': 'Pierakstoties tiek prasīta parole un pēc tam kods no galvenās metodes.',
  'account.mfa.retry': 'Mēģināt vēlreiz',
  'account.mfa.on': 'Ieslēgta',
  'account.mfa.preferred': 'Ieslēgta, galvenā metode',
  'account.mfa.turnOn': 'Ieslēgt',
  'account.mfa.turnOff': 'Izslēgt',
  'account.mfa.prefer': 'Padarīt par galveno',
  'account.mfa.cancel': 'Atcelt',
  'account.mfa.totpOn': 'Autentificētāja lietotne ir ieslēgta. Nākamreiz pierakstoties ievadiet kodu, ko tā rāda.',
  'account.mfa.saved': 'Izmaiņas ir saglabātas.',
  'error.mfaLastRequired':
    'Šim kontam divpakāpju verifikācija ir obligāta. Pirms izslēdzat šo metodi, ieslēdziet citu.',
};
