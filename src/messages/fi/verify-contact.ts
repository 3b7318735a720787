import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Vahvista yhteystietosi',
  'hint.verifyContact': 'Vahvista, miten tavoitamme sinut, jotta voit vaihtaa salasanasi, jos joskus unohdat sen.',
  'action.verifyContact.email': 'Lähetä koodi sähköpostiini',
  'action.verifyContact.phone_number': 'Lähetä koodi tekstiviestillä',
};
