import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Sie sind nicht angemeldet. Melden Sie sich an, um Ihr Konto zu verwalten.',
  'account.password.title': 'Passwort ändern',
  'account.field.currentPassword': 'Aktuelles Passwort',
  'account.password.submit': 'Passwort ändern',
  'account.password.changed': 'Ihr Passwort wurde geändert.',
  'account.error.currentPassword': 'Das ist nicht Ihr aktuelles Passwort.',
  'account.sessions.title': 'Überall abmelden',
  'account.sessions.hint':
    'Damit werden Sie auf allen Geräten und in allen Browsern abgemeldet, in denen Sie angemeldet sind – auch auf diesem.',
  'account.sessions.submit': 'Auf allen Geräten abmelden',
  'account.delete.title': 'Konto löschen',
  'account.delete.hint':
    'Damit werden Ihr Konto und alles, was darin gespeichert ist, gelöscht. Das lässt sich nicht rückgängig machen.',
  'account.delete.word': 'löschen',
  'account.delete.field': 'Geben Sie zur Bestätigung „{word}“ ein',
  'account.delete.submit': 'Konto löschen',
  'account.delete.mismatch': 'Geben Sie zur Bestätigung „{word}“ ein.',
  'account.delete.done': 'Ihr Konto wurde gelöscht.',
  'account.passkeys.title': 'Passkeys',
  'account.passkeys.hint': 'Melden Sie sich mit Fingerabdruck, Gesicht oder Displaysperre statt mit einem Passwort an.',
  'account.passkeys.empty': 'Sie haben noch keinen Passkey hinzugefügt.',
  'account.passkeys.add': 'Passkey hinzufügen',
  'account.passkeys.unnamed': 'Passkey',
  'account.passkeys.created': 'Hinzugefügt am {date}',
  'account.passkeys.remove': 'Entfernen',
  'account.passkeys.confirm': '„{name}“ entfernen? Danach können Sie sich damit nicht mehr anmelden.',
  'account.passkeys.confirmSubmit': 'Passkey entfernen',
  'account.passkeys.keep': 'Behalten',
  'account.passkeys.added': 'Passkey hinzugefügt. Sie können ihn bei der nächsten Anmeldung verwenden.',
  'account.passkeys.deleted': 'Passkey entfernt.',
  'account.devices.title': 'Gespeicherte Geräte',
  'account.devices.hint': 'Auf diesen Geräten ist bei der Anmeldung kein Bestätigungscode nötig.',
  'account.devices.empty': 'Es sind keine Geräte gespeichert.',
  'account.devices.this': 'Dieses Gerät',
  'account.devices.unnamed': 'Unbenanntes Gerät',
  'account.devices.forget': 'Entfernen',
  'account.devices.forgetThis': 'Dieses Gerät entfernen',
  'account.devices.forgot':
    'Gerät entfernt. Bei der nächsten Anmeldung wird dort wieder ein Bestätigungscode abgefragt.',
  'account.devices.forgotThis':
    'Dieses Gerät wurde entfernt. Bei der nächsten Anmeldung hier brauchen Sie wieder einen Bestätigungscode.',
  'account.lastUsed': 'Zuletzt verwendet am {date}',
  'account.list.retry': 'Erneut versuchen',
};
