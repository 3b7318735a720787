import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'ಪ್ರೊಫೈಲ್',
  'account.profile.submit': 'ಉಳಿಸಿ',
  'account.profile.saved': 'ನಿಮ್ಮ ಪ್ರೊಫೈಲ್ ಉಳಿಸಲಾಗಿದೆ.',
  'account.profile.pending': 'ನೀವು ಕೋಡ್ ನಮೂದಿಸುವವರೆಗೆ, {old} ಮೂಲಕವೇ ಸೈನ್ ಇನ್ ಮಾಡುತ್ತೀರಿ.',
  'account.profile.confirmed': 'ದೃಢೀಕರಿಸಲಾಗಿದೆ. ಈಗ ನೀವು {value} ಮೂಲಕ ಸೈನ್ ಇನ್ ಮಾಡುತ್ತೀರಿ.',
  'account.profile.cancel': 'ರದ್ದುಮಾಡಿ',
};
