import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'নতুন পাসওয়ার্ড বেছে নিন',
  'hint.newPassword': 'চালিয়ে যাওয়ার আগে আপনার অস্থায়ী পাসওয়ার্ডটি বদলাতে হবে।',
  'hint.missingAttributes': 'আপনার সম্পর্কে আরও কয়েকটি তথ্য প্রয়োজন।',
};
