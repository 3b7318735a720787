import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopiér konfigurationsnøglen',
  'action.openAuthenticator': 'Åbn i godkendelsesappen',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Konfigurer din godkendelsesapp',
  'hint.totpSecret': 'Konfigurationsnøgle',
  'hint.totpQrAlt': 'QR-kode til at tilføje denne konto i en godkendelsesapp',
  'hint.totpCopied': 'Kopieret',
  'error.qrCode': 'QR-koden kan ikke vises. Indtast i stedet konfigurationsnøglen i din godkendelsesapp.',
  'hint.totpStepApp': 'Åbn en godkendelsesapp på din telefon, eller installer en.',
  'hint.totpStepScan': 'Scan QR-koden med appen, eller kopiér opsætningsnøglen ind i den.',
  'hint.totpStepCode': 'Indtast den sekscifrede kode, som appen viser.',
};
