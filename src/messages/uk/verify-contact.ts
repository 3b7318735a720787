import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Підтвердьте контактні дані',
  'hint.verifyContact': 'Підтвердьте, як із вами зв’язатися, щоб за потреби можна було скинути пароль.',
  'action.verifyContact.email': 'Надіслати код електронною поштою',
  'action.verifyContact.phone_number': 'Надіслати код в SMS',
};
