import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Жаңа құпия сөз',
  'field.confirmPassword': 'Жаңа құпия сөзді қайталаңыз',
  'password.rules': 'Құпия сөзде мыналар болуы керек:',
  'password.rule.minLength.one': 'Кемінде {count} таңба',
  'password.rule.minLength.other': 'Кемінде {count} таңба',
  'password.rule.lowercase': 'Кіші латын әрпі (a–z)',
  'password.rule.uppercase': 'Бас латын әрпі (A–Z)',
  'password.rule.number': 'Цифр (0–9)',
  'password.rule.symbol': 'Арнайы таңба, мысалы ! немесе ?',
  'password.ruleMet': '{rule} (орындалды)',
  'password.ruleUnmet': '{rule} (әлі орындалмады)',
  'action.showNewPassword': 'Жаңа құпия сөзді көрсету',
  'action.showConfirmation': 'Қайталанған құпия сөзді көрсету',
};
