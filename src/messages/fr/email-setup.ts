import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Continuer',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Configurer la validation par e-mail',
  'hint.emailSetup': 'Saisissez l’adresse e-mail à laquelle nous devons envoyer vos codes de connexion.',
};
