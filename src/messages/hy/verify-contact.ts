import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Հաստատեք ձեր կոնտակտային տվյալները',
  'hint.verifyContact':
    'Հաստատեք, թե ինչպես կարող ենք կապվել ձեզ հետ, որպեսզի կարողանաք վերակայել գաղտնաբառը, եթե այն մոռանաք։',
  'action.verifyContact.email': 'Ստանալ կոդ էլ. փոստով',
  'action.verifyContact.phone_number': 'Ստանալ կոդ SMS-ով',
};
