import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Энэ төхөөрөмжийг санах',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Бидний SMS-ээр илгээсэн кодыг оруулна уу',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Бидний имэйлээр илгээсэн кодыг оруулна уу',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Баталгаажуулагч аппын кодыг оруулна уу',
  'step.CONFIRM_SIGN_UP.title': 'Бүртгэлээ баталгаажуулна уу',
  'hint.codeSent': 'Бид {destination} руу код илгээлээ.',
  'hint.codeSentBy.SMS': 'Бид {destination} дугаар руу SMS-ээр код илгээлээ.',
  'hint.codeSentBy.EMAIL': 'Бид {destination} хаяг руу имэйлээр код илгээлээ.',
  'hint.totpCode': 'Баталгаажуулагч аппаа нээгээд энэ бүртгэлийн 6 оронтой кодыг оруулна уу.',
  'hint.confirmSignUp': 'Бүртгэлээ баталгаажуулахын тулд {destination} руу илгээсэн кодыг оруулна уу.',
  'hint.confirmSignUpNoDestination': 'Бүртгэлээ баталгаажуулахын тулд бидний илгээсэн кодыг оруулна уу.',
};
