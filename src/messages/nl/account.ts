import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Je bent niet ingelogd. Log in om je account te beheren.',
  'account.password.title': 'Je wachtwoord wijzigen',
  'account.field.currentPassword': 'Huidig wachtwoord',
  'account.password.submit': 'Wachtwoord wijzigen',
  'account.password.changed': 'Je wachtwoord is gewijzigd.',
  'account.error.currentPassword': 'Dat is niet je huidige wachtwoord.',
  'account.sessions.title': 'Overal uitloggen',
  'account.sessions.hint': 'Je wordt uitgelogd op alle apparaten en browsers waar je bent ingelogd, ook op deze.',
  'account.sessions.submit': 'Uitloggen op alle apparaten',
  'account.delete.title': 'Je account verwijderen',
  'account.delete.hint':
    'Hiermee verwijder je je account en alles wat erin is opgeslagen. Dit kan niet ongedaan worden gemaakt.',
  'account.delete.word': 'verwijderen',
  'account.delete.field': 'Typ ‘{word}’ om te bevestigen',
  'account.delete.submit': 'Account verwijderen',
  'account.delete.mismatch': 'Typ ‘{word}’ om te bevestigen.',
  'account.delete.done': 'Je account is verwijderd.',
};
