import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'तुमचे संपर्क तपशील पडताळा',
  'hint.verifyContact': 'आम्ही तुमच्याशी कसा संपर्क साधू शकतो याची पडताळणी करा, म्हणजे पासवर्ड विसरल्यास तुम्ही तो रीसेट करू शकाल.',
  'action.verifyContact.email': 'मला ईमेलने कोड पाठवा',
  'action.verifyContact.phone_number': 'मला SMS ने कोड पाठवा',
};
