import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'கடவுச்சொல்லை மறந்துவிட்டீர்களா?',
  'social.or': 'அல்லது',
  'step.SIGN_IN.title': 'உள்நுழைக',
  'social.continueWith': '{provider} மூலம் தொடர்க',
};
