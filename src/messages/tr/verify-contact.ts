import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'İletişim bilgilerinizi doğrulayın',
  'hint.verifyContact': 'Parolanızı unutursanız sıfırlayabilmeniz için size nasıl ulaşacağımızı doğrulayın.',
  'action.verifyContact.email': 'Kodu e-postayla gönder',
  'action.verifyContact.phone_number': 'Kodu SMS ile gönder',
};
