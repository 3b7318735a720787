import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Kumbuka kifaa hiki',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Weka msimbo tuliokutumia kwa SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Weka msimbo tuliokutumia kwa barua pepe',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Weka msimbo kutoka kwenye programu yako ya uthibitishaji',
  'step.CONFIRM_SIGN_UP.title': 'Thibitisha akaunti yako',
  'hint.codeSent': 'Tumetuma msimbo kwa {destination}.',
  'hint.codeSentBy.SMS': 'Tumetuma msimbo kwa SMS kwa {destination}.',
  'hint.codeSentBy.EMAIL': 'Tumetuma msimbo kwa barua pepe kwa {destination}.',
  'hint.totpCode': 'Fungua programu yako ya uthibitishaji na uweke msimbo wa tarakimu 6 wa akaunti hii.',
  'hint.confirmSignUp': 'Weka msimbo tuliotuma kwa {destination} ili uthibitishe akaunti yako.',
  'hint.confirmSignUpNoDestination': 'Weka msimbo tuliokutumia ili uthibitishe akaunti yako.',
};
