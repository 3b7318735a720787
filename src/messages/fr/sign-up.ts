import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Créez votre compte',
  'hint.phoneNumber': 'Commencez par + et l’indicatif du pays, par exemple +14255550100.',
  'hint.signUpNoPassword': 'Pas besoin de mot de passe : vous vous connecterez avec un code que nous vous enverrons.',
  'action.haveAccount': 'Vous avez déjà un compte ? Connectez-vous',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Consultez vos e-mails',
  'hint.signUpLink':
    'Nous avons envoyé un lien à {destination}. Ouvrez-le pour confirmer votre compte : cette page continuera d’elle-même.',
  'hint.signUpLinkNoDestination':
    'Nous vous avons envoyé un lien. Ouvrez-le pour confirmer votre compte : cette page continuera d’elle-même.',
  'action.resendLink': 'Envoyer un nouveau lien',
};
