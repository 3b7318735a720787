import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Patvirtinkite kontaktinius duomenis',
  'hint.verifyContact':
    'Patvirtinkite, kaip galime su jumis susisiekti, kad pamiršę slaptažodį galėtumėte jį nustatyti iš naujo.',
  'action.verifyContact.email': 'Atsiųsti kodą el. paštu',
  'action.verifyContact.phone_number': 'Atsiųsti kodą SMS žinute',
};
