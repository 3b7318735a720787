import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Copier la clé de configuration',
  'action.openAuthenticator': 'Ouvrir dans l’application d’authentification',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Configurer votre application d’authentification',
  'hint.totpSecret': 'Clé de configuration',
  'hint.totpQrAlt': 'Code QR permettant d’ajouter ce compte à une application d’authentification',
  'hint.totpCopied': 'Copié',
  'error.qrCode':
    'Impossible d’afficher le code QR. Saisissez plutôt la clé de configuration dans votre application d’authentification.',
  'hint.totpStepApp': 'Ouvrez une application d’authentification sur votre téléphone, ou installez-en une.',
  'hint.totpStepScan': 'Scannez le code QR avec l’application, ou copiez-y la clé de configuration.',
  'hint.totpStepCode': 'Saisissez le code à 6 chiffres affiché par l’application.',
};
