import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Beállítási kulcs másolása',
  'action.openAuthenticator': 'Megnyitás hitelesítő alkalmazásban',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Hitelesítő alkalmazás beállítása',
  'hint.totpSecret': 'Beállítási kulcs',
  'hint.totpQrAlt': 'QR-kód a fiók hitelesítő alkalmazáshoz való hozzáadásához',
  'hint.totpCopied': 'Másolva',
  'error.qrCode': 'A QR-kód nem jeleníthető meg. Helyette adja meg a beállítási kulcsot a hitelesítő alkalmazásban.',
  'hint.totpStepApp': 'Nyisson meg egy hitelesítő alkalmazást a telefonján, vagy telepítsen egyet.',
  'hint.totpStepScan': 'Olvassa be a QR-kódot az alkalmazással, vagy másolja bele a beállítási kulcsot.',
  'hint.totpStepCode': 'Írja be az alkalmazásban megjelenő 6 jegyű kódot.',
};
