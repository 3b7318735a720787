import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'નવો પાસવર્ડ',
  'field.confirmPassword': 'નવો પાસવર્ડ કન્ફર્મ કરો',
  'password.rules': 'તમારા પાસવર્ડમાં આ હોવું જરૂરી છે:',
  'password.rule.minLength.one': 'ઓછામાં ઓછો {count} અક્ષર',
  'password.rule.minLength.other': 'ઓછામાં ઓછા {count} અક્ષર',
  'password.rule.lowercase': 'એક નાનો અક્ષર (a–z)',
  'password.rule.uppercase': 'એક મોટો અક્ષર (A–Z)',
  'password.rule.number': 'એક અંક (0–9)',
  'password.rule.symbol': 'એક ચિહ્ન, જેમ કે ! અથવા ?',
  'password.ruleMet': '{rule} (થઈ ગયું)',
  'password.ruleUnmet': '{rule} (હજી નહીં)',
  'action.showNewPassword': 'નવો પાસવર્ડ બતાવો',
  'action.showConfirmation': 'કન્ફર્મ કરેલો પાસવર્ડ બતાવો',
};
