import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Creați-vă contul',
  'hint.phoneNumber': 'Începeți cu + și prefixul țării, de exemplu +14255550100.',
  'hint.signUpNoPassword': 'Nu aveți nevoie de parolă: vă veți conecta cu un cod pe care vi-l trimitem.',
  'action.haveAccount': 'Aveți deja un cont? Conectați-vă',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Verificați-vă e-mailul',
  'hint.signUpLink':
    'Am trimis un link la {destination}. Deschideți-l pentru a vă confirma contul, iar această pagină va continua singură.',
  'hint.signUpLinkNoDestination':
    'V-am trimis un link. Deschideți-l pentru a vă confirma contul, iar această pagină va continua singură.',
  'action.resendLink': 'Trimiteți un link nou',
};
