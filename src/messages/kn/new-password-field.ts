import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'ಹೊಸ ಪಾಸ್‌ವರ್ಡ್',
  'field.confirmPassword': 'ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ ಅನ್ನು ದೃಢೀಕರಿಸಿ',
  'password.rules': 'ನಿಮ್ಮ ಪಾಸ್‌ವರ್ಡ್‌ನಲ್ಲಿ ಇವು ಇರಬೇಕು:',
  'password.rule.minLength.one': 'ಕನಿಷ್ಠ {count} ಅಕ್ಷರ',
  'password.rule.minLength.other': 'ಕನಿಷ್ಠ {count} ಅಕ್ಷರಗಳು',
  'password.rule.lowercase': 'ಒಂದು ಸಣ್ಣ ಅಕ್ಷರ (a–z)',
  'password.rule.uppercase': 'ಒಂದು ದೊಡ್ಡ ಅಕ್ಷರ (A–Z)',
  'password.rule.number': 'ಒಂದು ಅಂಕಿ (0–9)',
  'password.rule.symbol': 'ಒಂದು ಚಿಹ್ನೆ, ಉದಾಹರಣೆಗೆ ! ಅಥವಾ ?',
  'password.ruleMet': '{rule} (ಆಗಿದೆ)',
  'password.ruleUnmet': '{rule} (ಇನ್ನೂ ಇಲ್ಲ)',
  'action.showNewPassword': 'ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ ತೋರಿಸಿ',
  'action.showConfirmation': 'ದೃಢೀಕರಣದ ಪಾಸ್‌ವರ್ಡ್ ತೋರಿಸಿ',
};
