import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'പാസ്‌വേഡ് മറന്നോ?',
  'social.or': 'അല്ലെങ്കിൽ',
  'step.SIGN_IN.title': 'സൈൻ ഇൻ ചെയ്യുക',
  'social.continueWith': '{provider} ഉപയോഗിച്ച് തുടരുക',
};
