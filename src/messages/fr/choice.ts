import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Comment voulez-vous vous connecter ?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Choisissez comment confirmer votre identité',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Configurer la validation en deux étapes',
  'choice.SMS': 'SMS',
  'choice.TOTP': 'Application d’authentification',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Mot de passe',
  'choice.PASSWORD_SRP': 'Mot de passe',
  'choice.EMAIL_OTP': 'Recevoir un code par e-mail',
  'choice.SMS_OTP': 'Recevoir un code par SMS',
  'choice.WEB_AUTHN': 'Clé d’accès',
};
