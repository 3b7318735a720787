import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'आफ्नो सम्पर्क विवरण प्रमाणित गर्नुहोस्',
  'hint.verifyContact': 'पासवर्ड कहिल्यै बिर्सिएमा रिसेट गर्न सकियोस् भनेर हामीले तपाईंलाई कसरी सम्पर्क गर्न सक्छौं, प्रमाणित गर्नुहोस्।',
  'action.verifyContact.email': 'मलाई इमेलमा कोड पठाउनुहोस्',
  'action.verifyContact.phone_number': 'मलाई SMS मा कोड पठाउनुहोस्',
};
