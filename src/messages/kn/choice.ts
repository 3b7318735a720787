import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'ನೀವು ಹೇಗೆ ಸೈನ್ ಇನ್ ಮಾಡಲು ಬಯಸುತ್ತೀರಿ?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'ಇದು ನೀವೇ ಎಂದು ಹೇಗೆ ಪರಿಶೀಲಿಸಬೇಕು ಎಂಬುದನ್ನು ಆಯ್ಕೆಮಾಡಿ',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2-ಹಂತದ ಪರಿಶೀಲನೆಯನ್ನು ಸೆಟಪ್ ಮಾಡಿ',
  'choice.SMS': 'ಪಠ್ಯ ಸಂದೇಶ (SMS)',
  'choice.TOTP': 'ದೃಢೀಕರಣ ಆ್ಯಪ್',
  'choice.EMAIL': 'ಇಮೇಲ್',
  'choice.PASSWORD': 'ಪಾಸ್‌ವರ್ಡ್',
  'choice.PASSWORD_SRP': 'ಪಾಸ್‌ವರ್ಡ್',
  'choice.EMAIL_OTP': 'ನನಗೆ ಇಮೇಲ್‌ನಲ್ಲಿ ಕೋಡ್ ಕಳುಹಿಸಿ',
  'choice.SMS_OTP': 'ನನಗೆ SMS ನಲ್ಲಿ ಕೋಡ್ ಕಳುಹಿಸಿ',
  'choice.WEB_AUTHN': 'ಪಾಸ್‌ಕೀ',
};
