import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Copia la clau de configuració',
  'action.openAuthenticator': 'Obre a l’aplicació d’autenticació',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Configura l’aplicació d’autenticació',
  'hint.totpSecret': 'Clau de configuració',
  'hint.totpQrAlt': 'Codi QR per afegir aquest compte a una aplicació d’autenticació',
  'hint.totpCopied': 'S’ha copiat',
  'error.qrCode': 'No es pot mostrar el codi QR. Introdueix la clau de configuració a l’aplicació d’autenticació.',
  'hint.totpStepApp': 'Obre una aplicació d’autenticació al mòbil o instal·la’n una.',
  'hint.totpStepScan': 'Escaneja el codi QR amb l’aplicació o copia-hi la clau de configuració.',
  'hint.totpStepCode': 'Introdueix el codi de 6 xifres que mostra l’aplicació.',
};
