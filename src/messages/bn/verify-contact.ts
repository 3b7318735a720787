import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'আপনার যোগাযোগের তথ্য যাচাই করুন',
  'hint.verifyContact':
    'আপনার সাথে কীভাবে যোগাযোগ করা যাবে তা যাচাই করুন, যাতে কখনও পাসওয়ার্ড ভুলে গেলে সেটি রিসেট করতে পারেন।',
  'action.verifyContact.email': 'ইমেলে কোড পাঠান',
  'action.verifyContact.phone_number': 'SMS-এ কোড পাঠান',
};
