import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Потвърдете данните си за контакт',
  'hint.verifyContact':
    'Потвърдете как можем да се свържем с вас, за да можете да възстановите паролата си, ако я забравите.',
  'action.verifyContact.email': 'Изпратете ми код по имейл',
  'action.verifyContact.phone_number': 'Изпратете ми код с SMS',
};
