import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nome de utilizador',
  'field.password': 'Palavra-passe',
  'field.code': 'Código',
  'action.signIn': 'Iniciar sessão',
  'action.confirm': 'Confirmar',
  'action.resendCode': 'Enviar novo código',
  'action.backToSignIn': 'Voltar ao início de sessão',
  'action.changePassword': 'Alterar palavra-passe',
  'action.working': 'Aguarde…',
  'action.showPassword': 'Mostrar palavra-passe',
  'action.resendCodeIn.one': 'Enviar novo código dentro de {count} segundo',
  'action.resendCodeIn.many': 'Enviar novo código dentro de {count} segundos',
  'action.resendCodeIn.other': 'Enviar novo código dentro de {count} segundos',
  'hint.codeResentNoDestination': 'Estamos a enviar um novo código.',
  'hint.resetRequired': 'Tem de repor a sua palavra-passe antes de iniciar sessão.',
  'error.prefix': 'Erro:',
  'error.network':
    'Não foi possível contactar o serviço de início de sessão. Verifique a sua ligação e tente novamente.',
  'field.email': 'Endereço de email',
  'field.phone': 'Número de telefone',
  'field.emailOrPhone': 'Endereço de email ou número de telefone',
  'action.createAccount': 'Criar conta',
  'hint.codeLength.one': 'O código tem {count} dígito.',
  'hint.codeLength.many': 'O código tem {count} dígitos.',
  'hint.codeLength.other': 'O código tem {count} dígitos.',
};
