import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Atcerēties šo ierīci',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Ievadiet kodu, ko nosūtījām īsziņā',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Ievadiet kodu, ko nosūtījām e-pastā',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Ievadiet kodu no autentificētāja lietotnes',
  'step.CONFIRM_SIGN_UP.title': 'Apstipriniet kontu',
  'hint.codeSent': 'Mēs nosūtījām kodu uz {destination}.',
  'hint.codeSentBy.SMS': 'Mēs nosūtījām kodu īsziņā uz {destination}.',
  'hint.codeSentBy.EMAIL': 'Mēs nosūtījām kodu e-pastā uz {destination}.',
  'hint.totpCode': 'Atveriet autentificētāja lietotni un ievadiet šī konta 6 ciparu kodu.',
  'hint.confirmSignUp': 'Lai apstiprinātu kontu, ievadiet kodu, ko nosūtījām uz {destination}.',
  'hint.confirmSignUpNoDestination': 'Lai apstiprinātu kontu, ievadiet kodu, ko jums nosūtījām.',
};
