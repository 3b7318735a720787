import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'ನೀವು ಸೈನ್ ಇನ್ ಆಗಿಲ್ಲ. ನಿಮ್ಮ ಖಾತೆಯನ್ನು ನಿರ್ವಹಿಸಲು ಸೈನ್ ಇನ್ ಮಾಡಿ.',
  'account.password.title': 'ನಿಮ್ಮ ಪಾಸ್‌ವರ್ಡ್ ಬದಲಾಯಿಸಿ',
  'account.field.currentPassword': 'ಪ್ರಸ್ತುತ ಪಾಸ್‌ವರ್ಡ್',
  'account.password.submit': 'ಪಾಸ್‌ವರ್ಡ್ ಬದಲಾಯಿಸಿ',
  'account.password.changed': 'ನಿಮ್ಮ ಪಾಸ್‌ವರ್ಡ್ ಬದಲಾಗಿದೆ.',
  'account.error.currentPassword': 'ಇದು ನಿಮ್ಮ ಪ್ರಸ್ತುತ ಪಾಸ್‌ವರ್ಡ್ ಅಲ್ಲ.',
  'account.sessions.title': 'ಎಲ್ಲೆಡೆಯಿಂದ ಸೈನ್ ಔಟ್ ಮಾಡಿ',
  'account.sessions.hint': 'ಇದು ನೀವು ಸೈನ್ ಇನ್ ಆಗಿರುವ ಎಲ್ಲಾ ಸಾಧನಗಳು ಮತ್ತು ಬ್ರೌಸರ್‌ಗಳಿಂದ, ಈ ಸಾಧನವೂ ಸೇರಿ, ನಿಮ್ಮನ್ನು ಸೈನ್ ಔಟ್ ಮಾಡುತ್ತದೆ.',
  'account.sessions.submit': 'ಎಲ್ಲಾ ಸಾಧನಗಳಿಂದ ಸೈನ್ ಔಟ್ ಮಾಡಿ',
  'account.delete.title': 'ನಿಮ್ಮ ಖಾತೆಯನ್ನು ಅಳಿಸಿ',
  'account.delete.hint': 'ಇದು ನಿಮ್ಮ ಖಾತೆ ಮತ್ತು ಅದರಲ್ಲಿ ಉಳಿಸಿರುವ ಎಲ್ಲವನ್ನೂ ಅಳಿಸುತ್ತದೆ. ಇದನ್ನು ರದ್ದುಗೊಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.',
  'account.delete.word': 'ಅಳಿಸಿ',
  'account.delete.field': 'ದೃಢೀಕರಿಸಲು “{word}” ಎಂದು ಟೈಪ್ ಮಾಡಿ',
  'account.delete.submit': 'ಖಾತೆ ಅಳಿಸಿ',
  'account.delete.mismatch': 'ದೃಢೀಕರಿಸಲು “{word}” ಎಂದು ಟೈಪ್ ಮಾಡಿ.',
  'account.delete.done': 'ನಿಮ್ಮ ಖಾತೆಯನ್ನು ಅಳಿಸಲಾಗಿದೆ.',
};
