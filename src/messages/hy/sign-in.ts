import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Մոռացե՞լ եք գաղտնաբառը',
  'social.or': 'կամ',
  'step.SIGN_IN.title': 'Մուտք',
  'social.continueWith': 'Շարունակել {provider}-ի միջոցով',
};
