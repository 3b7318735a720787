import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Заборавили сте лозинку?',
  'social.or': 'или',
  'step.SIGN_IN.title': 'Пријављивање',
  'social.continueWith': 'Настави преко услуге {provider}',
};
