import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'పాస్‌వర్డ్ మర్చిపోయారా?',
  'social.or': 'లేదా',
  'step.SIGN_IN.title': 'సైన్ ఇన్ చేయండి',
  'social.continueWith': '{provider}తో కొనసాగించండి',
};
