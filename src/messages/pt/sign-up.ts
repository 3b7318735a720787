import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Criar a sua conta',
  'hint.phoneNumber': 'Comece por + e o indicativo do país, por exemplo +14255550100.',
  'hint.signUpNoPassword': 'Não precisa de palavra-passe: vai iniciar sessão com um código que lhe enviamos.',
  'action.haveAccount': 'Já tem conta? Inicie sessão',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Consulte o seu email',
  'hint.signUpLink':
    'Enviámos uma ligação para {destination}. Abra-a para confirmar a sua conta e esta página continuará sozinha.',
  'hint.signUpLinkNoDestination':
    'Enviámos-lhe uma ligação. Abra-a para confirmar a sua conta e esta página continuará sozinha.',
  'action.resendLink': 'Enviar nova ligação',
};
