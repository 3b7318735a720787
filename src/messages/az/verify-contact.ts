import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Əlaqə məlumatlarınızı təsdiqləyin',
  'hint.verifyContact':
    'Sizinlə necə əlaqə saxlaya biləcəyimizi təsdiqləyin ki, parolu unutsanız, onu sıfırlaya biləsiniz.',
  'action.verifyContact.email': 'Kodu e-poçtla göndərin',
  'action.verifyContact.phone_number': 'Kodu SMS ilə göndərin',
};
