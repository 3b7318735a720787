import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Du er ikke logget på. Logg på for å administrere kontoen din.',
  'account.password.title': 'Endre passordet',
  'account.field.currentPassword': 'Nåværende passord',
  'account.password.submit': 'Endre passord',
  'account.password.changed': 'Passordet ditt er endret.',
  'account.error.currentPassword': 'Det er ikke det nåværende passordet ditt.',
  'account.sessions.title': 'Logg av overalt',
  'account.sessions.hint': 'Du blir logget av på alle enheter og nettlesere der du er pålogget, også denne.',
  'account.sessions.submit': 'Logg av på alle enheter',
  'account.delete.title': 'Slett kontoen',
  'account.delete.hint': 'Dette sletter kontoen din og alt som er lagret i den. Det kan ikke angres.',
  'account.delete.word': 'slett',
  'account.delete.field': 'Skriv «{word}» for å bekrefte',
  'account.delete.submit': 'Slett kontoen',
  'account.delete.mismatch': 'Skriv «{word}» for å bekrefte.',
  'account.delete.done': 'Kontoen din er slettet.',
};
