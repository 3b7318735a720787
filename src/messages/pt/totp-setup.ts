import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Copiar chave de configuração',
  'action.openAuthenticator': 'Abrir na aplicação de autenticação',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Configurar a aplicação de autenticação',
  'hint.totpSecret': 'Chave de configuração',
  'hint.totpQrAlt': 'Código QR para adicionar esta conta a uma aplicação de autenticação',
  'hint.totpCopied': 'Copiado',
  'error.qrCode':
    'Não é possível apresentar o código QR. Em alternativa, introduza a chave de configuração na sua aplicação de autenticação.',
  'hint.totpStepApp': 'Abra uma aplicação de autenticação no seu telemóvel ou instale uma.',
  'hint.totpStepScan': 'Leia o código QR com a aplicação ou copie para ela a chave de configuração.',
  'hint.totpStepCode': 'Introduza o código de 6 dígitos apresentado pela aplicação.',
};
