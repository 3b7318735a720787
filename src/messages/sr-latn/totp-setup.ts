import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopiraj ključ za podešavanje',
  'action.openAuthenticator': 'Otvori u aplikaciji za autentifikaciju',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Podesite aplikaciju za autentifikaciju',
  'hint.totpSecret': 'Ključ za podešavanje',
  'hint.totpQrAlt': 'QR kôd za dodavanje ovog naloga u aplikaciju za autentifikaciju',
  'hint.totpCopied': 'Kopirano',
  'error.qrCode':
    'QR kôd ne može da se prikaže. Umesto toga unesite ključ za podešavanje u aplikaciju za autentifikaciju.',
  'hint.totpStepApp': 'Otvorite aplikaciju za autentifikaciju na telefonu ili je instalirajte.',
  'hint.totpStepScan': 'Skenirajte QR kôd aplikacijom ili u nju kopirajte ključ za podešavanje.',
  'hint.totpStepCode': 'Unesite šestocifreni kôd koji aplikacija prikaže.',
};
