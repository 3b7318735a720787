import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'ಸೆಟಪ್ ಕೀ ನಕಲಿಸಿ',
  'action.openAuthenticator': 'ದೃಢೀಕರಣ ಆ್ಯಪ್‌ನಲ್ಲಿ ತೆರೆಯಿರಿ',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'ನಿಮ್ಮ ದೃಢೀಕರಣ ಆ್ಯಪ್ ಅನ್ನು ಸೆಟಪ್ ಮಾಡಿ',
  'hint.totpSecret': 'ಸೆಟಪ್ ಕೀ',
  'hint.totpQrAlt': 'ಈ ಖಾತೆಯನ್ನು ದೃಢೀಕರಣ ಆ್ಯಪ್‌ಗೆ ಸೇರಿಸಲು QR ಕೋಡ್',
  'hint.totpCopied': 'ನಕಲಿಸಲಾಗಿದೆ',
  'error.qrCode': 'QR ಕೋಡ್ ತೋರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ. ಬದಲಿಗೆ ನಿಮ್ಮ ದೃಢೀಕರಣ ಆ್ಯಪ್‌ನಲ್ಲಿ ಸೆಟಪ್ ಕೀ ನಮೂದಿಸಿ.',
  'hint.totpStepApp': 'ನಿಮ್ಮ ಫೋನ್‌ನಲ್ಲಿ ದೃಢೀಕರಣ ಆ್ಯಪ್ ತೆರೆಯಿರಿ, ಅಥವಾ ಒಂದನ್ನು ಇನ್‌ಸ್ಟಾಲ್ ಮಾಡಿ.',
  'hint.totpStepScan': 'ಆ್ಯಪ್‌ನಿಂದ QR ಕೋಡ್ ಸ್ಕ್ಯಾನ್ ಮಾಡಿ, ಅಥವಾ ಸೆಟಪ್ ಕೀ ನಕಲಿಸಿ ಅದರಲ್ಲಿ ಅಂಟಿಸಿ.',
  'hint.totpStepCode': 'ಆ್ಯಪ್ ತೋರಿಸುವ 6-ಅಂಕಿಯ ಕೋಡ್ ನಮೂದಿಸಿ.',
};
