import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'మీ కాంటాక్ట్ వివరాలను వెరిఫై చేయండి',
  'hint.verifyContact': 'మేము మిమ్మల్ని ఎలా సంప్రదించవచ్చో వెరిఫై చేయండి, అప్పుడు పాస్‌వర్డ్ మర్చిపోతే దాన్ని రీసెట్ చేయవచ్చు.',
  'action.verifyContact.email': 'నాకు ఈమెయిల్‌లో కోడ్ పంపండి',
  'action.verifyContact.phone_number': 'నాకు SMSలో కోడ్ పంపండి',
};
