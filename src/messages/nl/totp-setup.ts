import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Instelsleutel kopiëren',
  'action.openAuthenticator': 'Openen in authenticator-app',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Je authenticator-app instellen',
  'hint.totpSecret': 'Instelsleutel',
  'hint.totpQrAlt': 'QR-code om dit account toe te voegen aan een authenticator-app',
  'hint.totpCopied': 'Gekopieerd',
  'error.qrCode':
    'De QR-code kan niet worden getoond. Voer in plaats daarvan de instelsleutel in je authenticator-app in.',
  'hint.totpStepApp': 'Open een authenticator-app op je telefoon, of installeer er een.',
  'hint.totpStepScan': 'Scan de QR-code met de app, of kopieer de instelsleutel erin.',
  'hint.totpStepCode': 'Vul de 6-cijferige code in die de app toont.',
};
