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
  'account.passkeys.title': 'Κλειδιά πρόσβασης',
  'account.passkeys.hint':
    'Συνδεθείτε με το δακτυλικό σας αποτύπωμα, το πρόσωπό σας ή το κλείδωμα οθόνης αντί για κωδικό πρόσβασης.',
  'account.passkeys.empty': 'Δεν έχετε προσθέσει ακόμη κλειδί πρόσβασης.',
  'account.passkeys.add': 'Προσθήκη κλειδιού πρόσβασης',
  'account.passkeys.unnamed': 'Κλειδί πρόσβασης',
  'account.passkeys.created': 'Προστέθηκε στις {date}',
  'account.passkeys.remove': 'Κατάργηση',
  'account.passkeys.confirm': 'Να καταργηθεί το «{name}»; Δεν θα μπορείτε πλέον να συνδέεστε με αυτό.',
  'account.passkeys.confirmSubmit': 'Κατάργηση κλειδιού πρόσβασης',
  'account.passkeys.keep': 'Διατήρηση',
  'account.passkeys.added':
    'Το κλειδί πρόσβασης προστέθηκε. Μπορείτε να το χρησιμοποιήσετε την επόμενη φορά που θα συνδεθείτε.',
  'account.passkeys.deleted': 'Το κλειδί πρόσβασης καταργήθηκε.',
  'account.devices.title': 'Αποθηκευμένες συσκευές',
  'account.devices.hint': 'Αυτές οι συσκευές μπορούν να συνδέονται χωρίς κωδικό επαλήθευσης.',
  'account.devices.empty': 'Δεν υπάρχουν αποθηκευμένες συσκευές.',
  'account.devices.this': 'Αυτή η συσκευή',
  'account.devices.unnamed': 'Συσκευή χωρίς όνομα',
  'account.devices.forget': 'Να ξεχαστεί',
  'account.devices.forgetThis': 'Να ξεχαστεί αυτή η συσκευή',
  'account.devices.forgot': 'Η συσκευή ξεχάστηκε. Στην επόμενη σύνδεση από αυτήν θα χρειαστεί κωδικός επαλήθευσης.',
  'account.devices.forgotThis':
    'Αυτή η συσκευή ξεχάστηκε. Την επόμενη φορά που θα συνδεθείτε από εδώ θα χρειαστείτε κωδικό επαλήθευσης.',
  'account.lastUsed': 'Τελευταία χρήση: {date}',
  'account.list.retry': 'Δοκιμάστε ξανά',
};
