import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Se déconnecter',
  'step.DONE.title': 'Connexion réussie',
  'hint.signedInAs': 'Compte connecté : {username}',
};
