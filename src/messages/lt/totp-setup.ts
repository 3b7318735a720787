import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopijuoti sąrankos raktą',
  'action.openAuthenticator': 'Atidaryti autentifikavimo programoje',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Nustatykite autentifikavimo programą',
  'hint.totpSecret': 'Sąrankos raktas',
  'hint.totpQrAlt': 'QR kodas, skirtas šiai paskyrai pridėti prie autentifikavimo programos',
  'hint.totpCopied': 'Nukopijuota',
  'error.qrCode': 'QR kodo parodyti nepavyko. Vietoj jo įveskite sąrankos raktą autentifikavimo programoje.',
  'hint.totpStepApp': 'Telefone atidarykite autentifikavimo programą arba ją įdiekite.',
  'hint.totpStepScan': 'Nuskaitykite QR kodą programa arba nukopijuokite į ją sąrankos raktą.',
  'hint.totpStepCode': 'Įveskite programos rodomą 6 skaitmenų kodą.',
};
