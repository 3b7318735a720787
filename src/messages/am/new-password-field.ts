import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'አዲስ የይለፍ ቃል',
  'field.confirmPassword': 'አዲሱን የይለፍ ቃል ያረጋግጡ',
  'password.rules': 'የይለፍ ቃልዎ የሚከተሉትን መያዝ አለበት፦',
  'password.rule.minLength.one': 'ቢያንስ {count} ቁምፊ',
  'password.rule.minLength.other': 'ቢያንስ {count} ቁምፊዎች',
  'password.rule.lowercase': 'አንድ ትንሽ የላቲን ፊደል (a–z)',
  'password.rule.uppercase': 'አንድ ትልቅ የላቲን ፊደል (A–Z)',
  'password.rule.number': 'አንድ ቁጥር (0–9)',
  'password.rule.symbol': 'እንደ ! ወይም ? ያለ ምልክት',
  'password.ruleMet': '{rule} (ተሟልቷል)',
  'password.ruleUnmet': '{rule} (ገና አልተሟላም)',
  'action.showNewPassword': 'አዲሱን የይለፍ ቃል አሳይ',
  'action.showConfirmation': 'ማረጋገጫውን አሳይ',
};
