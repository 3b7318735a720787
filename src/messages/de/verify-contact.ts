import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Kontaktdaten bestätigen',
  'hint.verifyContact':
    'Bestätigen Sie, wie wir Sie erreichen, damit Sie Ihr Passwort zurücksetzen können, falls Sie es einmal vergessen.',
  'action.verifyContact.email': 'Code per E-Mail senden',
  'action.verifyContact.phone_number': 'Code per SMS senden',
};
