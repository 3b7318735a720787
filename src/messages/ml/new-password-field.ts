import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'പുതിയ പാസ്‌വേഡ്',
  'field.confirmPassword': 'പുതിയ പാസ്‌വേഡ് സ്ഥിരീകരിക്കുക',
  'password.rules': 'നിങ്ങളുടെ പാസ്‌വേഡിൽ ഇവ ഉണ്ടായിരിക്കണം:',
  'password.rule.minLength.one': 'കുറഞ്ഞത് {count} പ്രതീകം',
  'password.rule.minLength.other': 'കുറഞ്ഞത് {count} പ്രതീകങ്ങൾ',
  'password.rule.lowercase': 'ഒരു ചെറിയക്ഷരം (a–z)',
  'password.rule.uppercase': 'ഒരു വലിയക്ഷരം (A–Z)',
  'password.rule.number': 'ഒരു അക്കം (0–9)',
  'password.rule.symbol': 'ഒരു ചിഹ്നം, ഉദാ. ! അല്ലെങ്കിൽ ?',
  'password.ruleMet': '{rule} (പൂർത്തിയായി)',
  'password.ruleUnmet': '{rule} (ഇതുവരെ ഇല്ല)',
  'action.showNewPassword': 'പുതിയ പാസ്‌വേഡ് കാണിക്കുക',
  'action.showConfirmation': 'സ്ഥിരീകരിച്ച പാസ്‌വേഡ് കാണിക്കുക',
};
