import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Ověřte své kontaktní údaje',
  'hint.verifyContact': 'Ověřte, jak vás můžeme zastihnout, abyste si mohli obnovit heslo, kdybyste ho zapomněli.',
  'action.verifyContact.email': 'Poslat kód e-mailem',
  'action.verifyContact.phone_number': 'Poslat kód SMS zprávou',
};
