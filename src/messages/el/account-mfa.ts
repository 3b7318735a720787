import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Επαλήθευση σε δύο βήματα',
  'account.mfa.off':
    'Η επαλήθευση σε δύο βήματα είναι απενεργοποιημένη: κατά τη σύνδεση ζητείται μόνο ο κωδικός πρόσβασής σας.',
  'account.mfa.hint': 'Κατά τη σύνδεση ζητείται ο κωδικός πρόσβασής σας και μετά ένας κωδικός από την κύρια μέθοδο.',
  'account.mfa.retry': 'Δοκιμάστε ξανά',
  'account.mfa.on': 'Ενεργή',
  'account.mfa.preferred': 'Ενεργή, κύρια μέθοδος',
  'account.mfa.turnOn': 'Ενεργοποίηση',
  'account.mfa.turnOff': 'Απενεργοποίηση',
  'account.mfa.prefer': 'Ορισμός ως κύριας',
  'account.mfa.cancel': 'Ακύρωση',
  'account.mfa.totpOn':
    'Η εφαρμογή ελέγχου ταυτότητας ενεργοποιήθηκε. Την επόμενη φορά που θα συνδεθείτε, εισαγάγετε τον κωδικό που εμφανίζει.',
  'account.mfa.saved': 'Η αλλαγή σας αποθηκεύτηκε.',
  'error.mfaLastRequired':
    'Αυτός ο λογαριασμός πρέπει να διατηρεί την επαλήθευση σε δύο βήματα. Ενεργοποιήστε άλλη μέθοδο πριν απενεργοποιήσετε αυτήν.',
};
