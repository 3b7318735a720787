import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Potvrdite kontaktne podatke',
  'hint.verifyContact':
    'Potvrdite kako vas možemo kontaktirati kako biste mogli ponovno postaviti zaporku ako je zaboravite.',
  'action.verifyContact.email': 'Pošalji mi kôd e-poštom',
  'action.verifyContact.phone_number': 'Pošalji mi kôd SMS-om',
};
