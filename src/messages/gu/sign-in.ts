import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'પાસવર્ડ ભૂલી ગયા છો?',
  'social.or': 'અથવા',
  'step.SIGN_IN.title': 'સાઇન ઇન કરો',
  'social.continueWith': '{provider} વડે ચાલુ રાખો',
};
