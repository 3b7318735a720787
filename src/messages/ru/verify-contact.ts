import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Подтвердите контактные данные',
  'hint.verifyContact': 'Подтвердите, как с вами связаться, чтобы при необходимости можно было сбросить пароль.',
  'action.verifyContact.email': 'Прислать код по почте',
  'action.verifyContact.phone_number': 'Прислать код в SMS',
};
