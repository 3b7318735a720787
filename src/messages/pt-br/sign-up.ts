import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Crie sua conta',
  'hint.phoneNumber': 'Comece com + e o código do país, por exemplo +14255550100.',
  'hint.signUpNoPassword': 'Não precisa de senha: você vai entrar com um código que enviaremos.',
  'action.haveAccount': 'Já tem uma conta? Entrar',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Confira seu e-mail',
  'hint.signUpLink':
    'Enviamos um link para {destination}. Abra o link para confirmar sua conta, e esta página vai continuar sozinha.',
  'hint.signUpLinkNoDestination':
    'Enviamos um link para você. Abra o link para confirmar sua conta, e esta página vai continuar sozinha.',
  'action.resendLink': 'Enviar novo link',
};
