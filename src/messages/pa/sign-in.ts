import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'ਕੀ ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ ਹੋ?',
  'social.or': 'ਜਾਂ',
  'step.SIGN_IN.title': 'ਸਾਈਨ-ਇਨ ਕਰੋ',
  'social.continueWith': '{provider} ਨਾਲ ਜਾਰੀ ਰੱਖੋ',
};
