import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'உங்கள் தொடர்பு விவரங்களைச் சரிபார்க்கவும்',
  'hint.verifyContact': 'உங்களை எப்படித் தொடர்புகொள்ளலாம் என்பதைச் சரிபார்க்கவும், கடவுச்சொல்லை மறந்தால் அதை மீட்டமைக்க இது உதவும்.',
  'action.verifyContact.email': 'குறியீட்டை மின்னஞ்சலில் அனுப்பு',
  'action.verifyContact.phone_number': 'குறியீட்டை SMS மூலம் அனுப்பு',
};
