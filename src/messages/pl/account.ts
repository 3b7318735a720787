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
  'account.passkeys.title': 'Klucze dostępu',
  'account.passkeys.hint': 'Loguj się odciskiem palca, twarzą lub blokadą ekranu zamiast hasłem.',
  'account.passkeys.empty': 'Nie masz jeszcze żadnego klucza dostępu.',
  'account.passkeys.add': 'Dodaj klucz dostępu',
  'account.passkeys.unnamed': 'Klucz dostępu',
  'account.passkeys.created': 'Dodano {date}',
  'account.passkeys.remove': 'Usuń',
  'account.passkeys.confirm': 'Usunąć „{name}”? Nie będzie już można się nim zalogować.',
  'account.passkeys.confirmSubmit': 'Usuń klucz dostępu',
  'account.passkeys.keep': 'Zachowaj',
  'account.passkeys.added': 'Dodano klucz dostępu. Możesz go użyć przy następnym logowaniu.',
  'account.passkeys.deleted': 'Usunięto klucz dostępu.',
  'account.devices.title': 'Zapamiętane urządzenia',
  'account.devices.hint': 'Na tych urządzeniach można się logować bez kodu weryfikacyjnego.',
  'account.devices.empty': 'Brak zapamiętanych urządzeń.',
  'account.devices.this': 'To urządzenie',
  'account.devices.unnamed': 'Urządzenie bez nazwy',
  'account.devices.forget': 'Zapomnij',
  'account.devices.forgetThis': 'Zapomnij to urządzenie',
  'account.devices.forgot':
    'Urządzenie zostało zapomniane. Przy następnym logowaniu będzie na nim potrzebny kod weryfikacyjny.',
  'account.devices.forgotThis':
    'To urządzenie zostało zapomniane. Przy następnym logowaniu tutaj będzie potrzebny kod weryfikacyjny.',
  'account.lastUsed': 'Ostatnio używane {date}',
  'account.list.retry': 'Spróbuj ponownie',
};
