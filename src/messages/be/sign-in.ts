import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Забылі пароль?',
  'social.or': 'або',
  'step.SIGN_IN.title': 'Уваход',
  'social.continueWith': 'Працягнуць праз {provider}',
};
