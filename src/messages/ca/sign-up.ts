import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Crea el teu compte',
  'hint.phoneNumber': 'Comença amb + i el prefix del país, per exemple +34612345678.',
  'hint.signUpNoPassword': 'No cal contrasenya: iniciaràs la sessió amb un codi que t’enviarem.',
  'action.haveAccount': 'Ja tens un compte? Inicia la sessió',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Consulta el correu electrònic',
  'hint.signUpLink':
    'Hem enviat un enllaç a {destination}. Obre’l per confirmar el compte i aquesta pàgina continuarà sola.',
  'hint.signUpLinkNoDestination':
    'T’hem enviat un enllaç. Obre’l per confirmar el compte i aquesta pàgina continuarà sola.',
  'action.resendLink': 'Envia un enllaç nou',
};
