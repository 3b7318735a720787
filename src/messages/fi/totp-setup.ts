import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopioi määritysavain',
  'action.openAuthenticator': 'Avaa todennussovelluksessa',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Määritä todennussovellus',
  'hint.totpSecret': 'Määritysavain',
  'hint.totpQrAlt': 'QR-koodi, jolla tämä tili lisätään todennussovellukseen',
  'hint.totpCopied': 'Kopioitu',
  'error.qrCode': 'QR-koodia ei voi näyttää. Anna määritysavain todennussovellukseen käsin.',
  'hint.totpStepApp': 'Avaa puhelimesi todennussovellus tai asenna sellainen.',
  'hint.totpStepScan': 'Skannaa QR-koodi sovelluksella tai kopioi määritysavain siihen.',
  'hint.totpStepCode': 'Anna sovelluksen näyttämä kuusinumeroinen koodi.',
};
