import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Code senden',
  'step.RESET_PASSWORD.title': 'Passwort zurücksetzen',
  'step.CONFIRM_RESET_PASSWORD.title': 'Neues Passwort wählen',
  'hint.resetPassword': 'Wir senden Ihnen einen Code, mit dem Sie das Passwort dieses Kontos zurücksetzen können.',
  'hint.confirmResetPassword':
    'Geben Sie den Code ein, den wir an {destination} gesendet haben, und wählen Sie ein neues Passwort.',
  'hint.confirmResetPasswordNoDestination':
    'Geben Sie den Code ein, den wir Ihnen gesendet haben, und wählen Sie ein neues Passwort.',
};
