import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Totrinsbekræftelse',
  'account.mfa.off': 'Totrinsbekræftelse er slået fra: Når du logger ind, skal du kun angive din adgangskode.',
  'account.mfa.hint':
    'Når du logger ind, skal du angive din adgangskode og derefter en kode fra den metode, der bruges først.',
  'account.mfa.retry': 'Prøv igen',
  'account.mfa.on': 'Til',
  'account.mfa.preferred': 'Til, bruges først',
  'account.mfa.turnOn': 'Slå til',
  'account.mfa.turnOff': 'Slå fra',
  'account.mfa.prefer': 'Brug først',
  'account.mfa.cancel': 'Annuller',
  'account.mfa.totpOn':
    'Din godkendelsesapp er slået til. Næste gang du logger ind, skal du indtaste den kode, den viser.',
  'account.mfa.saved': 'Din ændring er gemt.',
  'error.mfaLastRequired': 'Denne konto skal have totrinsbekræftelse. Slå en anden metode til, før du slår denne fra.',
};
