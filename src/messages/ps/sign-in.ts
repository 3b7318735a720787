import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'پټنوم مو هېر شوی؟',
  'social.or': 'یا',
  'step.SIGN_IN.title': 'ننوتل',
  'social.continueWith': 'د {provider} له لارې دوام ورکړئ',
};
