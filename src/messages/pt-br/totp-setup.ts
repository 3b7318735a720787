import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Copiar chave de configuração',
  'action.openAuthenticator': 'Abrir no app autenticador',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Configure seu app autenticador',
  'hint.totpSecret': 'Chave de configuração',
  'hint.totpQrAlt': 'QR code para adicionar esta conta a um app autenticador',
  'hint.totpCopied': 'Copiado',
  'error.qrCode':
    'Não é possível exibir o QR code. Em vez disso, digite a chave de configuração no seu app autenticador.',
  'hint.totpStepApp': 'Abra um app autenticador no seu celular ou instale um.',
  'hint.totpStepScan': 'Leia o QR code com o app ou copie a chave de configuração para ele.',
  'hint.totpStepCode': 'Digite o código de 6 dígitos que aparece no app.',
};
