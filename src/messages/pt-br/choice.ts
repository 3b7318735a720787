import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Como você quer entrar?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Escolha como confirmar que é você',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Configure a verificação em duas etapas',
  'choice.SMS': 'Mensagem de texto (SMS)',
  'choice.TOTP': 'App autenticador',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Senha',
  'choice.PASSWORD_SRP': 'Senha',
  'choice.EMAIL_OTP': 'Receber código por e-mail',
  'choice.SMS_OTP': 'Receber código por SMS',
  'choice.WEB_AUTHN': 'Chave de acesso',
};
