import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Байланыс деректерін растаңыз',
  'hint.verifyContact':
    'Құпия сөзді ұмытып қалсаңыз, оны қалпына келтіре алуыңыз үшін сізбен қалай байланысатынымызды растаңыз.',
  'action.verifyContact.email': 'Кодты электрондық поштаға жіберу',
  'action.verifyContact.phone_number': 'Кодты SMS арқылы жіберу',
};
