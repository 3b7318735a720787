import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Επιλέξτε νέο κωδικό πρόσβασης',
  'hint.newPassword': 'Για να συνεχίσετε, πρέπει να αντικαταστήσετε τον προσωρινό κωδικό πρόσβασης.',
  'hint.missingAttributes': 'Χρειαζόμαστε και μερικά ακόμη στοιχεία.',
};
