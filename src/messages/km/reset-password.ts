import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'ផ្ញើកូដ',
  'step.RESET_PASSWORD.title': 'កំណត់ពាក្យសម្ងាត់ឡើងវិញ',
  'step.CONFIRM_RESET_PASSWORD.title': 'ជ្រើសរើសពាក្យសម្ងាត់ថ្មី',
  'hint.resetPassword': 'យើងនឹងផ្ញើកូដដើម្បីកំណត់ពាក្យសម្ងាត់របស់គណនីនេះឡើងវិញ។',
  'hint.confirmResetPassword': 'បញ្ចូលកូដដែលយើងបានផ្ញើទៅ {destination} រួចជ្រើសរើសពាក្យសម្ងាត់ថ្មី។',
  'hint.confirmResetPasswordNoDestination': 'បញ្ចូលកូដដែលយើងបានផ្ញើទៅអ្នក រួចជ្រើសរើសពាក្យសម្ងាត់ថ្មី។',
};
