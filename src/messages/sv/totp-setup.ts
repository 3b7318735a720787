import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopiera konfigurationsnyckeln',
  'action.openAuthenticator': 'Öppna i autentiseringsappen',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Konfigurera din autentiseringsapp',
  'hint.totpSecret': 'Konfigurationsnyckel',
  'hint.totpQrAlt': 'QR-kod för att lägga till det här kontot i en autentiseringsapp',
  'hint.totpCopied': 'Kopierat',
  'error.qrCode': 'QR-koden kan inte visas. Ange konfigurationsnyckeln i din autentiseringsapp i stället.',
  'hint.totpStepApp': 'Öppna en autentiseringsapp i telefonen, eller installera en.',
  'hint.totpStepScan': 'Skanna QR-koden med appen, eller kopiera in konfigurationsnyckeln i den.',
  'hint.totpStepCode': 'Ange den sexsiffriga koden som visas i appen.',
};
