import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Staðfestu samskiptaupplýsingar',
  'hint.verifyContact':
    'Staðfestu hvernig við getum náð í þig svo að þú getir endurstillt aðgangsorðið ef þú gleymir því.',
  'action.verifyContact.email': 'Senda mér kóða í tölvupósti',
  'action.verifyContact.phone_number': 'Senda mér kóða með SMS',
};
