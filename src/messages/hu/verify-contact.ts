import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Erősítse meg elérhetőségeit',
  'hint.verifyContact':
    'Erősítse meg, hogyan érhetjük el, hogy vissza tudja állítani a jelszavát, ha egyszer elfelejtené.',
  'action.verifyContact.email': 'Kód küldése e-mailben',
  'action.verifyContact.phone_number': 'Kód küldése SMS-ben',
};
