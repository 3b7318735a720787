import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Δημιουργήστε τον λογαριασμό σας',
  'hint.phoneNumber': 'Ξεκινήστε με + και τον κωδικό χώρας, για παράδειγμα +14255550100.',
  'hint.signUpNoPassword': 'Δεν χρειάζεται κωδικός πρόσβασης: θα συνδέεστε με έναν κωδικό που θα σας στέλνουμε.',
  'action.haveAccount': 'Έχετε ήδη λογαριασμό; Συνδεθείτε',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Ελέγξτε το email σας',
  'hint.signUpLink':
    'Στείλαμε έναν σύνδεσμο στο {destination}. Ανοίξτε τον για να επιβεβαιώσετε τον λογαριασμό σας και η σελίδα θα συνεχίσει αυτόματα.',
  'hint.signUpLinkNoDestination':
    'Σας στείλαμε έναν σύνδεσμο. Ανοίξτε τον για να επιβεβαιώσετε τον λογαριασμό σας και η σελίδα θα συνεχίσει αυτόματα.',
  'action.resendLink': 'Αποστολή νέου συνδέσμου',
};
