import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopiraj ključ za postavljanje',
  'action.openAuthenticator': 'Otvori u aplikaciji za autentifikaciju',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Postavite aplikaciju za autentifikaciju',
  'hint.totpSecret': 'Ključ za postavljanje',
  'hint.totpQrAlt': 'QR kôd za dodavanje ovog računa u aplikaciju za autentifikaciju',
  'hint.totpCopied': 'Kopirano',
  'error.qrCode':
    'QR kôd ne može se prikazati. Umjesto toga unesite ključ za postavljanje u aplikaciju za autentifikaciju.',
  'hint.totpStepApp': 'Otvorite aplikaciju za autentifikaciju na telefonu ili je instalirajte.',
  'hint.totpStepScan': 'Skenirajte QR kôd aplikacijom ili u nju kopirajte ključ za postavljanje.',
  'hint.totpStepCode': 'Unesite šesteroznamenkasti kôd koji aplikacija prikaže.',
};
