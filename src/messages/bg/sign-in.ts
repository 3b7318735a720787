import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Забравили сте паролата си?',
  'social.or': 'или',
  'step.SIGN_IN.title': 'Вход',
  'social.continueWith': 'Продължете с {provider}',
};
