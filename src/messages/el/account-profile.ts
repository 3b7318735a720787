import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Προφίλ',
  'account.profile.submit': 'Αποθήκευση',
  'account.profile.saved': 'Το προφίλ σας αποθηκεύτηκε.',
  'account.profile.pending': 'Μέχρι να εισαγάγετε τον κωδικό, συνεχίζετε να συνδέεστε με {old}.',
  'account.profile.confirmed': 'Επιβεβαιώθηκε. Πλέον συνδέεστε με {value}.',
  'account.profile.cancel': 'Ακύρωση',
};
