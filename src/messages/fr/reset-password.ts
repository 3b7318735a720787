import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Envoyer le code',
  'step.RESET_PASSWORD.title': 'Réinitialiser votre mot de passe',
  'step.CONFIRM_RESET_PASSWORD.title': 'Choisissez un nouveau mot de passe',
  'hint.resetPassword': 'Nous allons vous envoyer un code pour réinitialiser le mot de passe de ce compte.',
  'hint.confirmResetPassword': 'Saisissez le code envoyé à {destination} et choisissez un nouveau mot de passe.',
  'hint.confirmResetPasswordNoDestination':
    'Saisissez le code que nous vous avons envoyé et choisissez un nouveau mot de passe.',
};
