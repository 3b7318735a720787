import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Unohditko salasanasi?',
  'social.or': 'tai',
  'step.SIGN_IN.title': 'Kirjaudu sisään',
  'social.continueWith': 'Jatka palvelulla {provider}',
};
