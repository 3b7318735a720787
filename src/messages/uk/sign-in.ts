import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Забули пароль?',
  'social.or': 'або',
  'step.SIGN_IN.title': 'Вхід',
  'social.continueWith': 'Продовжити через {provider}',
};
