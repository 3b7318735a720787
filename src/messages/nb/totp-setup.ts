import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopier oppsettsnøkkelen',
  'action.openAuthenticator': 'Åpne i autentiseringsappen',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Konfigurer autentiseringsappen',
  'hint.totpSecret': 'Oppsettsnøkkel',
  'hint.totpQrAlt': 'QR-kode for å legge til denne kontoen i en autentiseringsapp',
  'hint.totpCopied': 'Kopiert',
  'error.qrCode': 'QR-koden kan ikke vises. Skriv inn oppsettsnøkkelen i autentiseringsappen i stedet.',
  'hint.totpStepApp': 'Åpne en autentiseringsapp på telefonen, eller installer en.',
  'hint.totpStepScan': 'Skann QR-koden med appen, eller kopier oppsettnøkkelen inn i den.',
  'hint.totpStepCode': 'Skriv inn den sekssifrede koden som vises i appen.',
};
