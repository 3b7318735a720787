import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Забыли пароль?',
  'social.or': 'или',
  'step.SIGN_IN.title': 'Вход',
  'social.continueWith': 'Продолжить через {provider}',
};
