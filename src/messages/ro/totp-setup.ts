import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Copiați cheia de configurare',
  'action.openAuthenticator': 'Deschideți în aplicația de autentificare',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Configurați aplicația de autentificare',
  'hint.totpSecret': 'Cheie de configurare',
  'hint.totpQrAlt': 'Cod QR pentru adăugarea acestui cont într-o aplicație de autentificare',
  'hint.totpCopied': 'Copiat',
  'error.qrCode':
    'Codul QR nu poate fi afișat. Introduceți în schimb cheia de configurare în aplicația de autentificare.',
  'hint.totpStepApp': 'Deschideți o aplicație de autentificare pe telefon sau instalați una.',
  'hint.totpStepScan': 'Scanați codul QR cu aplicația sau copiați în ea cheia de configurare.',
  'hint.totpStepCode': 'Introduceți codul de 6 cifre afișat de aplicație.',
};
