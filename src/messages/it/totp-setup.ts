import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Copia chiave di configurazione',
  'action.openAuthenticator': 'Apri nell’app di autenticazione',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Configura l’app di autenticazione',
  'hint.totpSecret': 'Chiave di configurazione',
  'hint.totpQrAlt': 'Codice QR per aggiungere questo account a un’app di autenticazione',
  'hint.totpCopied': 'Copiato',
  'error.qrCode':
    'Impossibile mostrare il codice QR. Inserisci invece la chiave di configurazione nell’app di autenticazione.',
  'hint.totpStepApp': 'Apri un’app di autenticazione sul telefono, oppure installane una.',
  'hint.totpStepScan': 'Scansiona il codice QR con l’app, oppure copia al suo interno la chiave di configurazione.',
  'hint.totpStepCode': 'Inserisci il codice a 6 cifre mostrato dall’app.',
};
