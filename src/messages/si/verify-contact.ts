import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'ඔබේ සම්බන්ධතා විස්තර සත්‍යාපනය කරන්න',
  'hint.verifyContact': 'ඔබට මුරපදය අමතක වුවහොත් එය යළි සැකසිය හැකි වන පරිදි, අපට ඔබව සම්බන්ධ කර ගත හැකි ආකාරය සත්‍යාපනය කරන්න.',
  'action.verifyContact.email': 'මට ඊ-තැපෑලෙන් කේතයක් එවන්න',
  'action.verifyContact.phone_number': 'මට SMS මගින් කේතයක් එවන්න',
};
