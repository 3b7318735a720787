import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Sozlash kalitidan nusxa olish',
  'action.openAuthenticator': 'Autentifikator ilovasida ochish',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Autentifikator ilovasini sozlang',
  'hint.totpSecret': 'Sozlash kaliti',
  'hint.totpQrAlt': 'Bu hisobni autentifikator ilovasiga qoʻshish uchun QR kod',
  'hint.totpCopied': 'Nusxa olindi',
  'error.qrCode': 'QR kodni koʻrsatib boʻlmadi. Uning oʻrniga sozlash kalitini autentifikator ilovasiga kiriting.',
  'hint.totpStepApp': 'Telefoningizda autentifikator ilovasini oching yoki oʻrnating.',
  'hint.totpStepScan': 'QR kodni ilova bilan skanerlang yoki sozlash kalitini nusxalab, ilovaga kiriting.',
  'hint.totpStepCode': 'Ilova koʻrsatgan 6 xonali kodni kiriting.',
};
