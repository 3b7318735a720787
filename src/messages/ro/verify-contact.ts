import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Verificați datele de contact',
  'hint.verifyContact': 'Verificați cum vă putem contacta, ca să vă puteți reseta parola dacă o uitați vreodată.',
  'action.verifyContact.email': 'Trimiteți-mi un cod prin e-mail',
  'action.verifyContact.phone_number': 'Trimiteți-mi un cod prin SMS',
};
