import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'ពាក្យសម្ងាត់ថ្មី',
  'field.confirmPassword': 'បញ្ជាក់ពាក្យសម្ងាត់ថ្មី',
  'password.rules': 'ពាក្យសម្ងាត់របស់អ្នកត្រូវមាន៖',
  'password.rule.minLength.other': 'យ៉ាងហោចណាស់ {count} តួអក្សរ',
  'password.rule.lowercase': 'អក្សរឡាតាំងតូច (a–z)',
  'password.rule.uppercase': 'អក្សរឡាតាំងធំ (A–Z)',
  'password.rule.number': 'លេខ (0–9)',
  'password.rule.symbol': 'និមិត្តសញ្ញា ដូចជា ! ឬ ?',
  'password.ruleMet': '{rule} (រួចរាល់)',
  'password.ruleUnmet': '{rule} (មិនទាន់)',
  'action.showNewPassword': 'បង្ហាញពាក្យសម្ងាត់ថ្មី',
  'action.showConfirmation': 'បង្ហាញពាក្យសម្ងាត់ដែលបានបញ្ជាក់',
};
