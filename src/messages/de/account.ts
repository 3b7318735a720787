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
};
