import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Potvrdite kontakt podatke',
  'hint.verifyContact':
    'Potvrdite kako možemo da vas kontaktiramo, da biste mogli da resetujete lozinku ako je zaboravite.',
  'action.verifyContact.email': 'Pošalji mi kôd imejlom',
  'action.verifyContact.phone_number': 'Pošalji mi kôd SMS-om',
};
