import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Πώς θέλετε να συνδεθείτε;',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Επιλέξτε πώς θα επιβεβαιώσετε ότι είστε εσείς',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Ρύθμιση επαλήθευσης σε δύο βήματα',
  'choice.SMS': 'Μήνυμα κειμένου (SMS)',
  'choice.TOTP': 'Εφαρμογή ελέγχου ταυτότητας',
  'choice.EMAIL': 'Email',
  'choice.PASSWORD': 'Κωδικός πρόσβασης',
  'choice.PASSWORD_SRP': 'Κωδικός πρόσβασης',
  'choice.EMAIL_OTP': 'Αποστολή κωδικού με email',
  'choice.SMS_OTP': 'Αποστολή κωδικού με SMS',
  'choice.WEB_AUTHN': 'Κλειδί πρόσβασης',
};
