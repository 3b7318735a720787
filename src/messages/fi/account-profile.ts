import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profiili',
  'account.profile.submit': 'Tallenna',
  'account.profile.saved': 'Profiilisi on tallennettu.',
  'account.profile.pending': 'Kunnes annat koodin, kirjaudut edelleen tunnuksella {old}.',
  'account.profile.confirmed': 'Vahvistettu. Kirjaudut nyt tunnuksella {value}.',
  'account.profile.cancel': 'Peruuta',
};
