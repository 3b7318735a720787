import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Kinnitage oma kontaktandmed',
  'hint.verifyContact':
    'Kinnitage, kuidas saame teiega ühendust võtta, et saaksite parooli lähtestada, kui selle kunagi unustate.',
  'action.verifyContact.email': 'Saada mulle kood e-postiga',
  'action.verifyContact.phone_number': 'Saada mulle kood SMS-iga',
};
