import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Overte svoje kontaktné údaje',
  'hint.verifyContact': 'Overte, ako vás môžeme zastihnúť, aby ste si mohli obnoviť heslo, ak ho zabudnete.',
  'action.verifyContact.email': 'Poslať kód e-mailom',
  'action.verifyContact.phone_number': 'Poslať kód v SMS',
};
