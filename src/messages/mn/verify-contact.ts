import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Холбоо барих мэдээллээ баталгаажуулна уу',
  'hint.verifyContact': 'Нууц үгээ мартвал сэргээж чадахын тулд бид тантай хэрхэн холбогдохыг баталгаажуулна уу.',
  'action.verifyContact.email': 'Кодыг имэйлээр авах',
  'action.verifyContact.phone_number': 'Кодыг SMS-ээр авах',
};
