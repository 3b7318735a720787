import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Weryfikacja dwuetapowa',
  'account.mfa.off': 'Weryfikacja dwuetapowa jest wyłączona: przy logowaniu wymagane jest tylko hasło.',
  'account.mfa.hint': 'Przy logowaniu wymagane jest hasło, a potem kod z metody używanej jako pierwsza.',
  'account.mfa.retry': 'Spróbuj ponownie',
  'account.mfa.on': 'Włączona',
  'account.mfa.preferred': 'Włączona, używana jako pierwsza',
  'account.mfa.turnOn': 'Włącz',
  'account.mfa.turnOff': 'Wyłącz',
  'account.mfa.prefer': 'Używaj jako pierwszej',
  'account.mfa.cancel': 'Anuluj',
  'account.mfa.totpOn':
    'Aplikacja uwierzytelniająca jest włączona. Przy następnym logowaniu wpisz kod, który pokazuje.',
  'account.mfa.saved': 'Zmiana została zapisana.',
  'error.mfaLastRequired': 'To konto musi mieć weryfikację dwuetapową. Zanim wyłączysz tę metodę, włącz inną.',
};
