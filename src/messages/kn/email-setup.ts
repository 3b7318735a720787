import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ಮುಂದುವರಿಸಿ',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ಇಮೇಲ್ ಪರಿಶೀಲನೆಯನ್ನು ಸೆಟಪ್ ಮಾಡಿ',
  'hint.emailSetup': 'ನಿಮ್ಮ ಸೈನ್-ಇನ್ ಕೋಡ್‌ಗಳನ್ನು ನಾವು ಕಳುಹಿಸಬೇಕಾದ ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ನಮೂದಿಸಿ.',
};
