import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Осы құрылғыны есте сақтау',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'SMS арқылы жіберілген кодты енгізіңіз',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Электрондық поштаға жіберілген кодты енгізіңіз',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Аутентификатор қолданбасындағы кодты енгізіңіз',
  'step.CONFIRM_SIGN_UP.title': 'Аккаунтты растаңыз',
  'hint.codeSent': 'Код жіберілді: {destination}.',
  'hint.codeSentBy.SMS': 'Кодты SMS арқылы {destination} нөміріне жібердік.',
  'hint.codeSentBy.EMAIL': 'Кодты {destination} электрондық поштасына жібердік.',
  'hint.totpCode': 'Аутентификатор қолданбасын ашып, осы аккаунттың 6 таңбалы кодын енгізіңіз.',
  'hint.confirmSignUp': 'Аккаунтты растау үшін {destination} арқылы жіберілген кодты енгізіңіз.',
  'hint.confirmSignUpNoDestination': 'Аккаунтты растау үшін сізге жіберілген кодты енгізіңіз.',
};
