import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Du er ikke logget ind. Log ind for at administrere din konto.',
  'account.password.title': 'Skift din adgangskode',
  'account.field.currentPassword': 'Nuværende adgangskode',
  'account.password.submit': 'Skift adgangskode',
  'account.password.changed': 'Din adgangskode er ændret.',
  'account.error.currentPassword': 'Det er ikke din nuværende adgangskode.',
  'account.sessions.title': 'Log ud overalt',
  'account.sessions.hint': 'Du bliver logget ud på alle enheder og browsere, hvor du er logget ind, også denne.',
  'account.sessions.submit': 'Log ud på alle enheder',
  'account.delete.title': 'Slet din konto',
  'account.delete.hint': 'Dette sletter din konto og alt, der er gemt i den. Det kan ikke fortrydes.',
  'account.delete.word': 'slet',
  'account.delete.field': 'Skriv “{word}” for at bekræfte',
  'account.delete.submit': 'Slet konto',
  'account.delete.mismatch': 'Skriv “{word}” for at bekræfte.',
  'account.delete.done': 'Din konto er slettet.',
};
