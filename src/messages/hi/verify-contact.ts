import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'अपनी संपर्क जानकारी सत्यापित करें',
  'hint.verifyContact': 'सत्यापित करें कि हम आपसे कैसे संपर्क करें, ताकि पासवर्ड भूलने पर आप उसे रीसेट कर सकें।',
  'action.verifyContact.email': 'मुझे ईमेल से कोड भेजें',
  'action.verifyContact.phone_number': 'मुझे SMS से कोड भेजें',
};
