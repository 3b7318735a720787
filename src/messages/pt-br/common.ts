import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nome de usuário',
  'field.password': 'Senha',
  'field.code': 'Código',
  'action.signIn': 'Entrar',
  'action.confirm': 'Confirmar',
  'action.resendCode': 'Enviar novo código',
  'action.backToSignIn': 'Voltar para o login',
  'action.changePassword': 'Alterar senha',
  'action.working': 'Aguarde…',
  'action.showPassword': 'Mostrar senha',
  'action.resendCodeIn.one': 'Enviar novo código em {count} segundo',
  'action.resendCodeIn.many': 'Enviar novo código em {count} segundos',
  'action.resendCodeIn.other': 'Enviar novo código em {count} segundos',
  'hint.codeResentNoDestination': 'Estamos enviando um novo código.',
  'hint.resetRequired': 'Você precisa redefinir sua senha antes de entrar.',
  'error.prefix': 'Erro:',
  'error.network': 'Não foi possível acessar o serviço de login. Verifique sua conexão e tente novamente.',
  'field.email': 'E-mail',
  'field.phone': 'Número de telefone',
  'field.emailOrPhone': 'E-mail ou número de telefone',
  'action.createAccount': 'Criar conta',
  'hint.codeLength.one': 'O código tem {count} dígito.',
  'hint.codeLength.many': 'O código tem {count} dígitos.',
  'hint.codeLength.other': 'O código tem {count} dígitos.',
};
