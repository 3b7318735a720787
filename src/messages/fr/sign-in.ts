import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Mot de passe oublié ?',
  'social.or': 'ou',
  'step.SIGN_IN.title': 'Connexion',
  'social.continueWith': 'Continuer avec {provider}',
};
