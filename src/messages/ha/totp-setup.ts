import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kwafi maɓallin saitawa',
  'action.openAuthenticator': 'Buɗe a manhajar tantancewa',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Saita manhajar tantancewarku',
  'hint.totpSecret': 'Maɓallin saitawa',
  'hint.totpQrAlt': 'Lambar QR don ƙara wannan asusun a manhajar tantancewa',
  'hint.totpCopied': 'An kwafa',
  'error.qrCode': 'Ba za a iya nuna lambar QR ba. Maimakon haka, shigar da maɓallin saitawa a manhajar tantancewarku.',
  'hint.totpStepApp': 'Buɗe manhajar tantancewa a wayarku, ko ku saka ɗaya.',
  'hint.totpStepScan': 'Duba lambar QR da manhajar, ko ku kwafi maɓallin saitawa a ciki.',
  'hint.totpStepCode': 'Shigar da lambar mai lambobi 6 da manhajar ta nuna.',
};
