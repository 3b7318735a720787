import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Nie jesteś zalogowany. Zaloguj się, aby zarządzać kontem.',
  'account.password.title': 'Zmień hasło',
  'account.field.currentPassword': 'Obecne hasło',
  'account.password.submit': 'Zmień hasło',
  'account.password.changed': 'Hasło zostało zmienione.',
  'account.error.currentPassword': 'To nie jest Twoje obecne hasło.',
  'account.sessions.title': 'Wyloguj się wszędzie',
  'account.sessions.hint':
    'Zostaniesz wylogowany na wszystkich urządzeniach i w przeglądarkach, w których jesteś zalogowany, także na tym.',
  'account.sessions.submit': 'Wyloguj ze wszystkich urządzeń',
  'account.delete.title': 'Usuń konto',
  'account.delete.hint':
    'Spowoduje to usunięcie konta i wszystkiego, co jest w nim zapisane. Tej operacji nie można cofnąć.',
  'account.delete.word': 'usuń',
  'account.delete.field': 'Aby potwierdzić, wpisz „{word}”',
  'account.delete.submit': 'Usuń konto',
  'account.delete.mismatch': 'Wpisz „{word}”, aby potwierdzić.',
  'account.delete.done': 'Twoje konto zostało usunięte.',
};
