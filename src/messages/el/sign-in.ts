import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Ξεχάσατε τον κωδικό πρόσβασης;',
  'social.or': 'ή',
  'step.SIGN_IN.title': 'Σύνδεση',
  'social.continueWith': 'Συνέχεια με {provider}',
};
