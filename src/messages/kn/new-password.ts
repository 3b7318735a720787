import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ ಆಯ್ಕೆಮಾಡಿ',
  'hint.newPassword': 'ಮುಂದುವರಿಯುವ ಮೊದಲು ನಿಮ್ಮ ತಾತ್ಕಾಲಿಕ ಪಾಸ್‌ವರ್ಡ್ ಅನ್ನು ಬದಲಾಯಿಸಬೇಕು.',
  'hint.missingAttributes': 'ನಮಗೆ ಇನ್ನೂ ಕೆಲವು ವಿವರಗಳು ಬೇಕು.',
};
