import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'តើអ្នកចង់ចូលដោយរបៀបណា?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'ជ្រើសរើសរបៀបបញ្ជាក់ថាជាអ្នក',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'រៀបចំការផ្ទៀងផ្ទាត់ 2 ជំហាន',
  'choice.SMS': 'សារ SMS',
  'choice.TOTP': 'កម្មវិធីផ្ទៀងផ្ទាត់',
  'choice.EMAIL': 'អ៊ីមែល',
  'choice.PASSWORD': 'ពាក្យសម្ងាត់',
  'choice.PASSWORD_SRP': 'ពាក្យសម្ងាត់',
  'choice.EMAIL_OTP': 'ផ្ញើកូដមកខ្ញុំតាមអ៊ីមែល',
  'choice.SMS_OTP': 'ផ្ញើកូដមកខ្ញុំតាម SMS',
  'choice.WEB_AUTHN': 'កូដសម្ងាត់ចូល',
};
