import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Totrinnsbekreftelse',
  'account.mfa.off': 'Totrinnsbekreftelse er slått av: Når du logger på, blir du bare spurt om passordet.',
  'account.mfa.hint': 'Når du logger på, blir du spurt om passordet og deretter en kode fra metoden som brukes først.',
  'account.mfa.retry': 'Prøv på nytt',
  'account.mfa.on': 'På',
  'account.mfa.preferred': 'På, brukes først',
  'account.mfa.turnOn': 'Slå på',
  'account.mfa.turnOff': 'Slå av',
  'account.mfa.prefer': 'Bruk først',
  'account.mfa.cancel': 'Avbryt',
  'account.mfa.totpOn': 'Autentiseringsappen er slått på. Neste gang du logger på, skriver du inn koden den viser.',
  'account.mfa.saved': 'Endringen er lagret.',
  'error.mfaLastRequired': 'Denne kontoen må ha totrinnsbekreftelse. Slå på en annen metode før du slår av denne.',
};
