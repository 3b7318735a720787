import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kopēt iestatīšanas atslēgu',
  'action.openAuthenticator': 'Atvērt autentificētāja lietotnē',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Iestatiet autentificētāja lietotni',
  'hint.totpSecret': 'Iestatīšanas atslēga',
  'hint.totpQrAlt': 'QR kods, lai pievienotu šo kontu autentificētāja lietotnei',
  'hint.totpCopied': 'Nokopēts',
  'error.qrCode': 'QR kodu nevar parādīt. Tā vietā ievadiet iestatīšanas atslēgu autentificētāja lietotnē.',
  'hint.totpStepApp': 'Atveriet tālrunī autentificētāja lietotni vai instalējiet to.',
  'hint.totpStepScan': 'Noskenējiet QR kodu ar lietotni vai iekopējiet tajā iestatīšanas atslēgu.',
  'hint.totpStepCode': 'Ievadiet lietotnē redzamo 6 ciparu kodu.',
};
