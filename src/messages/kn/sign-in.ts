import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'ಪಾಸ್‌ವರ್ಡ್ ಮರೆತಿದ್ದೀರಾ?',
  'social.or': 'ಅಥವಾ',
  'step.SIGN_IN.title': 'ಸೈನ್ ಇನ್ ಮಾಡಿ',
  'social.continueWith': '{provider} ಮೂಲಕ ಮುಂದುವರಿಸಿ',
};
