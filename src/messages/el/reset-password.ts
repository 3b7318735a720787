import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Αποστολή κωδικού',
  'step.RESET_PASSWORD.title': 'Επαναφορά κωδικού πρόσβασης',
  'step.CONFIRM_RESET_PASSWORD.title': 'Επιλέξτε νέο κωδικό πρόσβασης',
  'hint.resetPassword': 'Θα σας στείλουμε έναν κωδικό για την επαναφορά του κωδικού πρόσβασης αυτού του λογαριασμού.',
  'hint.confirmResetPassword':
    'Εισαγάγετε τον κωδικό που στείλαμε στο {destination} και επιλέξτε νέο κωδικό πρόσβασης.',
  'hint.confirmResetPasswordNoDestination': 'Εισαγάγετε τον κωδικό που σας στείλαμε και επιλέξτε νέο κωδικό πρόσβασης.',
};
