import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Zapomněli jste heslo?',
  'social.or': 'nebo',
  'step.SIGN_IN.title': 'Přihlášení',
  'social.continueWith': 'Pokračovat přes {provider}',
};
