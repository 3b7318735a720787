import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Tandaan ang device na ito',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Ilagay ang code na itinext namin sa iyo',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Ilagay ang code na in-email namin sa iyo',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Ilagay ang code mula sa iyong authenticator app',
  'step.CONFIRM_SIGN_UP.title': 'Kumpirmahin ang iyong account',
  'hint.codeSent': 'Nagpadala kami ng code sa {destination}.',
  'hint.codeSentBy.SMS': 'Nag-text kami ng code sa {destination}.',
  'hint.codeSentBy.EMAIL': 'Nag-email kami ng code sa {destination}.',
  'hint.totpCode': 'Buksan ang iyong authenticator app at ilagay ang 6 na digit na code para sa account na ito.',
  'hint.confirmSignUp': 'Ilagay ang code na ipinadala namin sa {destination} para kumpirmahin ang iyong account.',
  'hint.confirmSignUpNoDestination': 'Ilagay ang code na ipinadala namin sa iyo para kumpirmahin ang iyong account.',
};
