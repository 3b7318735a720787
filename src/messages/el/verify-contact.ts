import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Επιβεβαιώστε τα στοιχεία επικοινωνίας σας',
  'hint.verifyContact':
    'Επιβεβαιώστε πώς μπορούμε να επικοινωνήσουμε μαζί σας, ώστε να μπορείτε να επαναφέρετε τον κωδικό πρόσβασής σας αν τον ξεχάσετε.',
  'action.verifyContact.email': 'Στείλτε μου κωδικό με email',
  'action.verifyContact.phone_number': 'Στείλτε μου κωδικό με SMS',
};
