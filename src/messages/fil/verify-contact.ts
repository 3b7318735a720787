import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'I-verify ang iyong contact details',
  'hint.verifyContact':
    'I-verify kung paano ka namin makokontak, para ma-reset mo ang iyong password kung sakaling makalimutan mo ito.',
  'action.verifyContact.email': 'I-email sa akin ang code',
  'action.verifyContact.phone_number': 'I-text sa akin ang code',
};
