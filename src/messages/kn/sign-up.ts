import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'ನಿಮ್ಮ ಖಾತೆಯನ್ನು ರಚಿಸಿ',
  'hint.phoneNumber': '+ ಮತ್ತು ನಿಮ್ಮ ದೇಶದ ಕೋಡ್‌ನಿಂದ ಆರಂಭಿಸಿ, ಉದಾಹರಣೆಗೆ +919876543210.',
  'hint.signUpNoPassword': 'ಪಾಸ್‌ವರ್ಡ್ ಅಗತ್ಯವಿಲ್ಲ: ನಾವು ಕಳುಹಿಸುವ ಕೋಡ್ ಮೂಲಕ ನೀವು ಸೈನ್ ಇನ್ ಮಾಡುತ್ತೀರಿ.',
  'action.haveAccount': 'ಈಗಾಗಲೇ ಖಾತೆ ಇದೆಯೇ? ಸೈನ್ ಇನ್ ಮಾಡಿ',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'ನಿಮ್ಮ ಇಮೇಲ್ ಪರಿಶೀಲಿಸಿ',
  'hint.signUpLink':
    'ನಾವು {destination} ಗೆ ಲಿಂಕ್ ಕಳುಹಿಸಿದ್ದೇವೆ. ನಿಮ್ಮ ಖಾತೆಯನ್ನು ದೃಢೀಕರಿಸಲು ಅದನ್ನು ತೆರೆಯಿರಿ, ಈ ಪುಟ ತಾನಾಗಿಯೇ ಮುಂದುವರಿಯುತ್ತದೆ.',
  'hint.signUpLinkNoDestination':
    'ನಾವು ನಿಮಗೆ ಲಿಂಕ್ ಕಳುಹಿಸಿದ್ದೇವೆ. ನಿಮ್ಮ ಖಾತೆಯನ್ನು ದೃಢೀಕರಿಸಲು ಅದನ್ನು ತೆರೆಯಿರಿ, ಈ ಪುಟ ತಾನಾಗಿಯೇ ಮುಂದುವರಿಯುತ್ತದೆ.',
  'action.resendLink': 'ಹೊಸ ಲಿಂಕ್ ಕಳುಹಿಸಿ',
};
