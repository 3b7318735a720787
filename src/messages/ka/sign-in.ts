import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'დაგავიწყდათ პაროლი?',
  'social.or': 'ან',
  'step.SIGN_IN.title': 'შესვლა',
  'social.continueWith': 'გაგრძელება {provider}-ით',
};
