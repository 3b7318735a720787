import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Bekræft dine kontaktoplysninger',
  'hint.verifyContact':
    'Bekræft, hvordan vi kan kontakte dig, så du kan nulstille din adgangskode, hvis du en dag glemmer den.',
  'action.verifyContact.email': 'Send mig en kode på e-mail',
  'action.verifyContact.phone_number': 'Send mig en kode på sms',
};
