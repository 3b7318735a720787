import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Je contactgegevens bevestigen',
  'hint.verifyContact':
    'Bevestig hoe we je kunnen bereiken, zodat je je wachtwoord kunt herstellen als je het ooit vergeet.',
  'action.verifyContact.email': 'Stuur me een code per e-mail',
  'action.verifyContact.phone_number': 'Stuur me een code per sms',
};
