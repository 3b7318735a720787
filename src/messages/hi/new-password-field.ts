import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'नया पासवर्ड',
  'field.confirmPassword': 'नए पासवर्ड की पुष्टि करें',
  'password.rules': 'आपके पासवर्ड में ये होने चाहिए:',
  'password.rule.minLength.one': 'कम से कम {count} वर्ण',
  'password.rule.minLength.other': 'कम से कम {count} वर्ण',
  'password.rule.lowercase': 'एक छोटा अक्षर (a–z)',
  'password.rule.uppercase': 'एक बड़ा अक्षर (A–Z)',
  'password.rule.number': 'एक अंक (0–9)',
  'password.rule.symbol': 'एक चिह्न, जैसे ! या ?',
  'password.ruleMet': '{rule} (पूरा हुआ)',
  'password.ruleUnmet': '{rule} (अभी बाकी है)',
  'action.showNewPassword': 'नया पासवर्ड दिखाएं',
  'action.showConfirmation': 'पुष्टि वाला पासवर्ड दिखाएं',
};
