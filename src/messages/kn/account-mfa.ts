import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'ಎರಡು ಹಂತದ ಪರಿಶೀಲನೆ',
  'account.mfa.off': 'ಎರಡು ಹಂತದ ಪರಿಶೀಲನೆ ಆಫ್ ಆಗಿದೆ: ಸೈನ್ ಇನ್ ಮಾಡುವಾಗ ನಿಮ್ಮ ಪಾಸ್‌ವರ್ಡ್ ಮಾತ್ರ ಕೇಳಲಾಗುತ್ತದೆ.',
  'account.mfa.hint': 'ಸೈನ್ ಇನ್ ಮಾಡುವಾಗ ನಿಮ್ಮ ಪಾಸ್‌ವರ್ಡ್, ನಂತರ ಮೊದಲು ಬಳಸುವ ವಿಧಾನದ ಕೋಡ್ ಕೇಳಲಾಗುತ್ತದೆ.',
  'account.mfa.retry': 'ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ',
  'account.mfa.on': 'ಆನ್',
  'account.mfa.preferred': 'ಆನ್, ಮೊದಲು ಬಳಸಲಾಗುತ್ತದೆ',
  'account.mfa.turnOn': 'ಆನ್ ಮಾಡಿ',
  'account.mfa.turnOff': 'ಆಫ್ ಮಾಡಿ',
  'account.mfa.prefer': 'ಮೊದಲು ಬಳಸಿ',
  'account.mfa.cancel': 'ರದ್ದುಮಾಡಿ',
  'account.mfa.totpOn': 'ನಿಮ್ಮ ದೃಢೀಕರಣ ಆ್ಯಪ್ ಆನ್ ಆಗಿದೆ. ಮುಂದಿನ ಬಾರಿ ಸೈನ್ ಇನ್ ಮಾಡುವಾಗ ಅದು ತೋರಿಸುವ ಕೋಡ್ ನಮೂದಿಸಿ.',
  'account.mfa.saved': 'ನಿಮ್ಮ ಬದಲಾವಣೆಯನ್ನು ಉಳಿಸಲಾಗಿದೆ.',
  'error.mfaLastRequired': 'ಈ ಖಾತೆಯಲ್ಲಿ ಎರಡು ಹಂತದ ಪರಿಶೀಲನೆ ಇರಲೇಬೇಕು. ಇದನ್ನು ಆಫ್ ಮಾಡುವ ಮೊದಲು ಇನ್ನೊಂದು ವಿಧಾನವನ್ನು ಆನ್ ಮಾಡಿ.',
};
