import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Потврдите контакт податке',
  'hint.verifyContact':
    'Потврдите како можемо да вас контактирамо, да бисте могли да ресетујете лозинку ако је заборавите.',
  'action.verifyContact.email': 'Пошаљи ми кôд имејлом',
  'action.verifyContact.phone_number': 'Пошаљи ми кôд SMS-ом',
};
