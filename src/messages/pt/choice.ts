import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Como pretende iniciar sessão?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Escolha como confirmar a sua identidade',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Configurar a validação em dois passos',
  'choice.SMS': 'Mensagem de texto (SMS)',
  'choice.TOTP': 'Aplicação de autenticação',
  'choice.EMAIL': 'Email',
  'choice.PASSWORD': 'Palavra-passe',
  'choice.PASSWORD_SRP': 'Palavra-passe',
  'choice.EMAIL_OTP': 'Receber um código por email',
  'choice.SMS_OTP': 'Receber um código por SMS',
  'choice.WEB_AUTHN': 'Chave de acesso',
};
