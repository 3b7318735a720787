import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Potvrda u dva koraka',
  'account.mfa.off': 'Potvrda u dva koraka je isključena: pri prijavi se traži samo lozinka.',
  'account.mfa.hint': 'Pri prijavi se traži lozinka, a zatim kod iz glavnog načina.',
  'account.mfa.retry': 'Pokušajte ponovo',
  'account.mfa.on': 'Uključeno',
  'account.mfa.preferred': 'Uključeno, glavni način',
  'account.mfa.turnOn': 'Uključi',
  'account.mfa.turnOff': 'Isključi',
  'account.mfa.prefer': 'Postavi kao glavni',
  'account.mfa.cancel': 'Otkaži',
  'account.mfa.totpOn': 'Aplikacija za autentifikaciju je uključena. Pri sledećoj prijavi unesite kod koji prikazuje.',
  'account.mfa.saved': 'Promena je sačuvana.',
  'error.mfaLastRequired':
    'Ovaj nalog mora da zadrži potvrdu u dva koraka. Pre nego što isključite ovaj način, uključite neki drugi.',
};
