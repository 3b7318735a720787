import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Αντιγραφή κλειδιού ρύθμισης',
  'action.openAuthenticator': 'Άνοιγμα στην εφαρμογή ελέγχου ταυτότητας',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Ρύθμιση εφαρμογής ελέγχου ταυτότητας',
  'hint.totpSecret': 'Κλειδί ρύθμισης',
  'hint.totpQrAlt': 'Κωδικός QR για την προσθήκη αυτού του λογαριασμού σε εφαρμογή ελέγχου ταυτότητας',
  'hint.totpCopied': 'Αντιγράφηκε',
  'error.qrCode':
    'Δεν είναι δυνατή η εμφάνιση του κωδικού QR. Εισαγάγετε αντί γι’ αυτό το κλειδί ρύθμισης στην εφαρμογή ελέγχου ταυτότητας.',
  'hint.totpStepApp': 'Ανοίξτε μια εφαρμογή ελέγχου ταυτότητας στο τηλέφωνό σας ή εγκαταστήστε μία.',
  'hint.totpStepScan': 'Σαρώστε τον κωδικό QR με την εφαρμογή ή αντιγράψτε σε αυτήν το κλειδί ρύθμισης.',
  'hint.totpStepCode': 'Εισαγάγετε τον 6ψήφιο κωδικό που εμφανίζει η εφαρμογή.',
};
