import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Verifica i tuoi recapiti',
  'hint.verifyContact':
    'Verifica come possiamo contattarti, così potrai reimpostare la password se un giorno dovessi dimenticarla.',
  'action.verifyContact.email': 'Inviami un codice via email',
  'action.verifyContact.phone_number': 'Inviami un codice via SMS',
};
