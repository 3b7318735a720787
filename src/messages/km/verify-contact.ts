import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'ផ្ទៀងផ្ទាត់ព័ត៌មានទំនាក់ទំនងរបស់អ្នក',
  'hint.verifyContact': 'ផ្ទៀងផ្ទាត់របៀបដែលយើងអាចទាក់ទងអ្នក ដើម្បីឱ្យអ្នកអាចកំណត់ពាក្យសម្ងាត់ឡើងវិញ ប្រសិនបើអ្នកភ្លេចវា។',
  'action.verifyContact.email': 'ផ្ញើកូដមកខ្ញុំតាមអ៊ីមែល',
  'action.verifyContact.phone_number': 'ផ្ញើកូដមកខ្ញុំតាម SMS',
};
