import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ಈ ಸಾಧನವನ್ನು ನೆನಪಿಡಿ',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'ನಾವು SMS ಮೂಲಕ ಕಳುಹಿಸಿದ ಕೋಡ್ ನಮೂದಿಸಿ',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'ನಾವು ಇಮೇಲ್ ಮೂಲಕ ಕಳುಹಿಸಿದ ಕೋಡ್ ನಮೂದಿಸಿ',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'ನಿಮ್ಮ ದೃಢೀಕರಣ ಆ್ಯಪ್‌ನಲ್ಲಿರುವ ಕೋಡ್ ನಮೂದಿಸಿ',
  'step.CONFIRM_SIGN_UP.title': 'ನಿಮ್ಮ ಖಾತೆಯನ್ನು ದೃಢೀಕರಿಸಿ',
  'hint.codeSent': 'ನಾವು {destination} ಗೆ ಕೋಡ್ ಕಳುಹಿಸಿದ್ದೇವೆ.',
  'hint.codeSentBy.SMS': 'ನಾವು {destination} ಗೆ SMS ಮೂಲಕ ಕೋಡ್ ಕಳುಹಿಸಿದ್ದೇವೆ.',
  'hint.codeSentBy.EMAIL': 'ನಾವು {destination} ಗೆ ಇಮೇಲ್ ಮೂಲಕ ಕೋಡ್ ಕಳುಹಿಸಿದ್ದೇವೆ.',
  'hint.totpCode': 'ನಿಮ್ಮ ದೃಢೀಕರಣ ಆ್ಯಪ್ ತೆರೆಯಿರಿ ಮತ್ತು ಈ ಖಾತೆಯ 6-ಅಂಕಿಯ ಕೋಡ್ ನಮೂದಿಸಿ.',
  'hint.confirmSignUp': 'ನಿಮ್ಮ ಖಾತೆಯನ್ನು ದೃಢೀಕರಿಸಲು ನಾವು {destination} ಗೆ ಕಳುಹಿಸಿದ ಕೋಡ್ ನಮೂದಿಸಿ.',
  'hint.confirmSignUpNoDestination': 'ನಿಮ್ಮ ಖಾತೆಯನ್ನು ದೃಢೀಕರಿಸಲು ನಾವು ನಿಮಗೆ ಕಳುಹಿಸಿದ ಕೋಡ್ ನಮೂದಿಸಿ.',
};
