import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Tabbatar da bayanan tuntuɓarku',
  'hint.verifyContact':
    'Tabbatar da yadda za mu iya tuntuɓarku, don ku iya sake saita kalmar sirrinku idan kun manta ta.',
  'action.verifyContact.email': 'Aika mini lamba ta imel',
  'action.verifyContact.phone_number': 'Aika mini lamba ta SMS',
};
