import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'नवीन पासवर्ड',
  'field.confirmPassword': 'नवीन पासवर्डची खात्री करा',
  'password.rules': 'तुमच्या पासवर्डमध्ये हे असणे आवश्यक आहे:',
  'password.rule.minLength.one': 'किमान {count} वर्ण',
  'password.rule.minLength.other': 'किमान {count} वर्ण',
  'password.rule.lowercase': 'एक लोअरकेस अक्षर (a–z)',
  'password.rule.uppercase': 'एक अपरकेस अक्षर (A–Z)',
  'password.rule.number': 'एक अंक (0–9)',
  'password.rule.symbol': 'एक चिन्ह, जसे की ! किंवा ?',
  'password.ruleMet': '{rule} (पूर्ण)',
  'password.ruleUnmet': '{rule} (अजून नाही)',
  'action.showNewPassword': 'नवीन पासवर्ड दाखवा',
  'action.showConfirmation': 'पुष्टी केलेला पासवर्ड दाखवा',
};
