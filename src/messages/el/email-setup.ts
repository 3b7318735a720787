import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Συνέχεια',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Ρύθμιση επαλήθευσης μέσω email',
  'hint.emailSetup': 'Εισαγάγετε τη διεύθυνση email στην οποία θα σας στέλνουμε τους κωδικούς σύνδεσης.',
};
