import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopiraj ključ za nastavitev',
  'action.openAuthenticator': 'Odpri v aplikaciji za preverjanje pristnosti',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Nastavite aplikacijo za preverjanje pristnosti',
  'hint.totpSecret': 'Ključ za nastavitev',
  'hint.totpQrAlt': 'Koda QR za dodajanje tega računa v aplikacijo za preverjanje pristnosti',
  'hint.totpCopied': 'Kopirano',
  'error.qrCode':
    'Kode QR ni mogoče prikazati. Namesto tega vnesite ključ za nastavitev v aplikacijo za preverjanje pristnosti.',
  'hint.totpStepApp': 'V telefonu odprite aplikacijo za preverjanje pristnosti ali jo namestite.',
  'hint.totpStepScan': 'Z aplikacijo optično preberite kodo QR ali vanjo kopirajte ključ za nastavitev.',
  'hint.totpStepCode': 'Vnesite šestmestno kodo, ki jo prikaže aplikacija.',
};
