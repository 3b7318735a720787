import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'אימות פרטי הקשר',
  'hint.verifyContact': 'כדאי לאמת איך אפשר ליצור איתך קשר, כדי שאפשר יהיה לאפס את הסיסמה אם היא תישכח.',
  'action.verifyContact.email': 'שליחת קוד באימייל',
  'action.verifyContact.phone_number': 'שליחת קוד ב-SMS',
};
