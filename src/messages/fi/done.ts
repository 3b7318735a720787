import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Kirjaudu ulos',
  'step.DONE.title': 'Olet kirjautunut sisään',
  'hint.signedInAs': 'Olet kirjautunut käyttäjänä {username}',
};
