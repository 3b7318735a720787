import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Kom ihåg den här enheten',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Ange koden som vi skickade via sms',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Ange koden som vi skickade via e-post',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Ange koden från din autentiseringsapp',
  'step.CONFIRM_SIGN_UP.title': 'Bekräfta ditt konto',
  'hint.codeSent': 'Vi har skickat en kod till {destination}.',
  'hint.codeSentBy.SMS': 'Vi har skickat en kod via sms till {destination}.',
  'hint.codeSentBy.EMAIL': 'Vi har skickat en kod via e-post till {destination}.',
  'hint.totpCode': 'Öppna din autentiseringsapp och ange den sexsiffriga koden för det här kontot.',
  'hint.confirmSignUp': 'Ange koden som vi skickade till {destination} för att bekräfta ditt konto.',
  'hint.confirmSignUpNoDestination': 'Ange koden som vi skickade till dig för att bekräfta ditt konto.',
};
