import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Copiar clave de configuración',
  'action.openAuthenticator': 'Abrir en la aplicación de autenticación',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Configura tu aplicación de autenticación',
  'hint.totpSecret': 'Clave de configuración',
  'hint.totpQrAlt': 'Código QR para agregar esta cuenta a una aplicación de autenticación',
  'hint.totpCopied': 'Copiado',
  'error.qrCode':
    'No se puede mostrar el código QR. En su lugar, ingresa la clave de configuración en tu aplicación de autenticación.',
  'hint.totpStepApp': 'Abre una aplicación de autenticación en tu teléfono o instala una.',
  'hint.totpStepScan': 'Escanea el código QR con la aplicación o copia en ella la clave de configuración.',
  'hint.totpStepCode': 'Ingresa el código de 6 dígitos que muestra la aplicación.',
};
