import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Bekreft kontaktinformasjonen din',
  'hint.verifyContact': 'Bekreft hvordan vi kan nå deg, så du kan tilbakestille passordet hvis du skulle glemme det.',
  'action.verifyContact.email': 'Send meg en kode på e-post',
  'action.verifyContact.phone_number': 'Send meg en kode på SMS',
};
