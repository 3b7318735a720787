import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Potrdite kontaktne podatke',
  'hint.verifyContact': 'Potrdite, kako vas lahko dosežemo, da boste lahko ponastavili geslo, če ga kdaj pozabite.',
  'action.verifyContact.email': 'Pošlji mi kodo po e-pošti',
  'action.verifyContact.phone_number': 'Pošlji mi kodo v SMS-sporočilu',
};
