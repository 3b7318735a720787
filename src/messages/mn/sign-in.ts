import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Нууц үгээ мартсан уу?',
  'social.or': 'эсвэл',
  'step.SIGN_IN.title': 'Нэвтрэх',
  'social.continueWith': '{provider} ашиглан үргэлжлүүлэх',
};
