import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Zapomni si to napravo',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Vnesite kodo, ki smo vam jo poslali v SMS-sporočilu',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Vnesite kodo, ki smo vam jo poslali po e-pošti',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Vnesite kodo iz aplikacije za preverjanje pristnosti',
  'step.CONFIRM_SIGN_UP.title': 'Potrdite račun',
  'hint.codeSent': 'Kodo smo poslali na {destination}.',
  'hint.codeSentBy.SMS': 'Kodo smo poslali v SMS-sporočilu na {destination}.',
  'hint.codeSentBy.EMAIL': 'Kodo smo poslali po e-pošti na {destination}.',
  'hint.totpCode': 'Odprite aplikacijo za preverjanje pristnosti in vnesite šestmestno kodo za ta račun.',
  'hint.confirmSignUp': 'Če želite potrditi račun, vnesite kodo, ki smo jo poslali na {destination}.',
  'hint.confirmSignUpNoDestination': 'Če želite potrditi račun, vnesite kodo, ki smo vam jo poslali.',
};
