import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Potvrda u dva koraka',
  'account.mfa.off': 'Potvrda u dva koraka je isključena: pri prijavi traži se samo vaša zaporka.',
  'account.mfa.hint': 'Pri prijavi traži se vaša zaporka, a zatim kôd iz glavnog načina.',
  'account.mfa.retry': 'Pokušajte ponovno',
  'account.mfa.on': 'Uključeno',
  'account.mfa.preferred': 'Uključeno, glavni način',
  'account.mfa.turnOn': 'Uključi',
  'account.mfa.turnOff': 'Isključi',
  'account.mfa.prefer': 'Postavi kao glavni',
  'account.mfa.cancel': 'Odustani',
  'account.mfa.totpOn': 'Aplikacija za autentifikaciju je uključena. Pri sljedećoj prijavi unesite kôd koji prikazuje.',
  'account.mfa.saved': 'Promjena je spremljena.',
  'error.mfaLastRequired':
    'Ovaj račun mora zadržati potvrdu u dva koraka. Prije isključivanja ovog načina uključite neki drugi.',
};
