import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'ជ្រើសរើសពាក្យសម្ងាត់ថ្មី',
  'hint.newPassword': 'អ្នកត្រូវប្ដូរពាក្យសម្ងាត់បណ្ដោះអាសន្នមុននឹងបន្ត។',
  'hint.missingAttributes': 'យើងត្រូវការព័ត៌មានបន្ថែមបន្តិចទៀត។',
};
