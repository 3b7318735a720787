import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'नयाँ पासवर्ड',
  'field.confirmPassword': 'नयाँ पासवर्ड फेरि लेख्नुहोस्',
  'password.rules': 'तपाईंको पासवर्डमा यी हुनुपर्छ:',
  'password.rule.minLength.one': 'कम्तीमा {count} वर्ण',
  'password.rule.minLength.other': 'कम्तीमा {count} वर्ण',
  'password.rule.lowercase': 'एउटा सानो अङ्ग्रेजी अक्षर (a–z)',
  'password.rule.uppercase': 'एउटा ठूलो अङ्ग्रेजी अक्षर (A–Z)',
  'password.rule.number': 'एउटा अङ्क (0–9)',
  'password.rule.symbol': 'एउटा चिह्न, जस्तै ! वा ?',
  'password.ruleMet': '{rule} (पूरा भयो)',
  'password.ruleUnmet': '{rule} (अझै पूरा भएको छैन)',
  'action.showNewPassword': 'नयाँ पासवर्ड देखाउनुहोस्',
  'action.showConfirmation': 'पुष्टि गरेको पासवर्ड देखाउनुहोस्',
};
