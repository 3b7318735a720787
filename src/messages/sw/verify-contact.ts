import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Thibitisha maelezo yako ya mawasiliano',
  'hint.verifyContact':
    'Thibitisha jinsi tunavyoweza kuwasiliana nawe, ili uweze kuweka upya nenosiri lako ukilisahau.',
  'action.verifyContact.email': 'Nitumie msimbo kwa barua pepe',
  'action.verifyContact.phone_number': 'Nitumie msimbo kwa SMS',
};
