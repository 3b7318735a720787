import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Όνομα χρήστη',
  'field.password': 'Κωδικός πρόσβασης',
  'field.code': 'Κωδικός',
  'action.signIn': 'Σύνδεση',
  'action.confirm': 'Επιβεβαίωση',
  'action.resendCode': 'Αποστολή νέου κωδικού',
  'action.backToSignIn': 'Επιστροφή στη σύνδεση',
  'action.changePassword': 'Αλλαγή κωδικού πρόσβασης',
  'action.working': 'Περιμένετε…',
  'action.showPassword': 'Εμφάνιση κωδικού πρόσβασης',
  'action.resendCodeIn.one': 'Αποστολή νέου κωδικού σε {count} δευτερόλεπτο',
  'action.resendCodeIn.other': 'Αποστολή νέου κωδικού σε {count} δευτερόλεπτα',
  'hint.codeResentNoDestination': 'Στείλαμε νέο κωδικό.',
  'hint.resetRequired': 'Πρέπει να επαναφέρετε τον κωδικό πρόσβασής σας για να μπορέσετε να συνδεθείτε.',
  'error.prefix': 'Σφάλμα:',
  'error.network':
    'Δεν ήταν δυνατή η επικοινωνία με την υπηρεσία σύνδεσης. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.',
  'field.email': 'Email',
  'field.phone': 'Αριθμός τηλεφώνου',
  'field.emailOrPhone': 'Email ή αριθμός τηλεφώνου',
  'action.createAccount': 'Δημιουργία λογαριασμού',
  'hint.codeLength.one': 'Ο κωδικός έχει {count} ψηφίο.',
  'hint.codeLength.other': 'Ο κωδικός έχει {count} ψηφία.',
};
