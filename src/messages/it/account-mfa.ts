import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verifica in due passaggi',
  'account.mfa.off': 'La verifica in due passaggi è disattivata: all’accesso viene chiesta solo la password.',
  'account.mfa.hint': 'All’accesso viene chiesta la password e poi un codice dal metodo principale.',
  'account.mfa.retry': 'Riprova',
  'account.mfa.on': 'Attiva',
  'account.mfa.preferred': 'Attiva, metodo principale',
  'account.mfa.turnOn': 'Attiva',
  'account.mfa.turnOff': 'Disattiva',
  'account.mfa.prefer': 'Rendi principale',
  'account.mfa.cancel': 'Annulla',
  'account.mfa.totpOn': 'L’app di autenticazione è attiva. Al prossimo accesso, inserisci il codice che mostra.',
  'account.mfa.saved': 'La modifica è stata salvata.',
  'error.mfaLastRequired':
    'Questo account deve mantenere la verifica in due passaggi. Attiva un altro metodo prima di disattivare questo.',
};
