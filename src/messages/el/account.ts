import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Δεν έχετε συνδεθεί. Συνδεθείτε για να διαχειριστείτε τον λογαριασμό σας.',
  'account.password.title': 'Αλλαγή κωδικού πρόσβασης',
  'account.field.currentPassword': 'Τρέχων κωδικός πρόσβασης',
  'account.password.submit': 'Αλλαγή κωδικού',
  'account.password.changed': 'Ο κωδικός πρόσβασής σας άλλαξε.',
  'account.error.currentPassword': 'Αυτός δεν είναι ο τρέχων κωδικός σας.',
  'account.sessions.title': 'Αποσύνδεση από παντού',
  'account.sessions.hint':
    'Θα αποσυνδεθείτε από κάθε συσκευή και πρόγραμμα περιήγησης όπου είστε συνδεδεμένοι, μαζί και από αυτή.',
  'account.sessions.submit': 'Αποσύνδεση από όλες τις συσκευές',
  'account.delete.title': 'Διαγραφή λογαριασμού',
  'account.delete.hint':
    'Αυτό διαγράφει τον λογαριασμό σας και ό,τι έχει αποθηκευτεί σε αυτόν. Δεν μπορεί να αναιρεθεί.',
  'account.delete.word': 'διαγραφή',
  'account.delete.field': 'Για επιβεβαίωση, πληκτρολογήστε «{word}»',
  'account.delete.submit': 'Διαγραφή λογαριασμού',
  'account.delete.mismatch': 'Πληκτρολογήστε «{word}» για επιβεβαίωση.',
  'account.delete.done': 'Ο λογαριασμός σας διαγράφηκε.',
};
