import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'ಕೋಡ್ ಕಳುಹಿಸಿ',
  'step.RESET_PASSWORD.title': 'ನಿಮ್ಮ ಪಾಸ್‌ವರ್ಡ್ ರೀಸೆಟ್ ಮಾಡಿ',
  'step.CONFIRM_RESET_PASSWORD.title': 'ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ ಆಯ್ಕೆಮಾಡಿ',
  'hint.resetPassword': 'ಈ ಖಾತೆಯ ಪಾಸ್‌ವರ್ಡ್ ರೀಸೆಟ್ ಮಾಡಲು ನಾವು ಕೋಡ್ ಕಳುಹಿಸುತ್ತೇವೆ.',
  'hint.confirmResetPassword': 'ನಾವು {destination} ಗೆ ಕಳುಹಿಸಿದ ಕೋಡ್ ನಮೂದಿಸಿ ಮತ್ತು ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ ಆಯ್ಕೆಮಾಡಿ.',
  'hint.confirmResetPasswordNoDestination': 'ನಾವು ನಿಮಗೆ ಕಳುಹಿಸಿದ ಕೋಡ್ ನಮೂದಿಸಿ ಮತ್ತು ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ ಆಯ್ಕೆಮಾಡಿ.',
};
