import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'পাসওয়ার্ড ভুলে গেছেন?',
  'social.or': 'অথবা',
  'step.SIGN_IN.title': 'সাইন-ইন করুন',
  'social.continueWith': '{provider} দিয়ে চালিয়ে যান',
};
