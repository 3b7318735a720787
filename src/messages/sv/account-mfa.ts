import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Tvåstegsverifiering',
  'account.mfa.off': 'Tvåstegsverifiering är avstängd: när du loggar in efterfrågas bara ditt lösenord.',
  'account.mfa.hint': 'När du loggar in efterfrågas ditt lösenord och sedan en kod från metoden som används först.',
  'account.mfa.retry': 'Försök igen',
  'account.mfa.on': 'På',
  'account.mfa.preferred': 'På, används först',
  'account.mfa.turnOn': 'Aktivera',
  'account.mfa.turnOff': 'Stäng av',
  'account.mfa.prefer': 'Använd först',
  'account.mfa.cancel': 'Avbryt',
  'account.mfa.totpOn': 'Din autentiseringsapp är aktiverad. Nästa gång du loggar in anger du koden som den visar.',
  'account.mfa.saved': 'Ändringen har sparats.',
  'error.mfaLastRequired':
    'Det här kontot måste ha tvåstegsverifiering. Aktivera en annan metod innan du stänger av den här.',
};
