import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Įsiminti šį įrenginį',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Įveskite SMS žinute gautą kodą',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Įveskite el. paštu gautą kodą',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Įveskite kodą iš autentifikavimo programos',
  'step.CONFIRM_SIGN_UP.title': 'Patvirtinkite paskyrą',
  'hint.codeSent': 'Kodą išsiuntėme: {destination}.',
  'hint.codeSentBy.SMS': 'Išsiuntėme kodą SMS žinute numeriu {destination}.',
  'hint.codeSentBy.EMAIL': 'Išsiuntėme kodą el. paštu adresu {destination}.',
  'hint.totpCode': 'Atidarykite autentifikavimo programą ir įveskite šios paskyros 6 skaitmenų kodą.',
  'hint.confirmSignUp': 'Kad patvirtintumėte paskyrą, įveskite kodą, kurį išsiuntėme ({destination}).',
  'hint.confirmSignUpNoDestination': 'Kad patvirtintumėte paskyrą, įveskite jums išsiųstą kodą.',
};
