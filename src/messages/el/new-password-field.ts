import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Νέος κωδικός πρόσβασης',
  'field.confirmPassword': 'Επιβεβαίωση νέου κωδικού πρόσβασης',
  'password.rules': 'Ο κωδικός πρόσβασης πρέπει να περιέχει:',
  'password.rule.minLength.one': 'Τουλάχιστον {count} χαρακτήρα',
  'password.rule.minLength.other': 'Τουλάχιστον {count} χαρακτήρες',
  'password.rule.lowercase': 'Ένα πεζό λατινικό γράμμα (a–z)',
  'password.rule.uppercase': 'Ένα κεφαλαίο λατινικό γράμμα (A–Z)',
  'password.rule.number': 'Έναν αριθμό (0–9)',
  'password.rule.symbol': 'Ένα σύμβολο, π.χ. ! ή ?',
  'password.ruleMet': '{rule} (εντάξει)',
  'password.ruleUnmet': '{rule} (όχι ακόμη)',
  'action.showNewPassword': 'Εμφάνιση νέου κωδικού πρόσβασης',
  'action.showConfirmation': 'Εμφάνιση επιβεβαίωσης',
};
