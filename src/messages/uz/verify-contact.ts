import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Aloqa maʼlumotlaringizni tasdiqlang',
  'hint.verifyContact':
    'Siz bilan qanday bogʻlanishimiz mumkinligini tasdiqlang, shunda parolni unutsangiz, uni tiklay olasiz.',
  'action.verifyContact.email': 'Kodni emailga yuborish',
  'action.verifyContact.phone_number': 'Kodni SMS orqali yuborish',
};
