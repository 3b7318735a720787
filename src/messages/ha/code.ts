import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Tuna da wannan na’urar',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Shigar da lambar da muka tura muku ta SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Shigar da lambar da muka tura muku ta imel',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Shigar da lambar da ke manhajar tantancewarku',
  'step.CONFIRM_SIGN_UP.title': 'Tabbatar da asusunku',
  'hint.codeSent': 'Mun aika lamba zuwa {destination}.',
  'hint.codeSentBy.SMS': 'Mun aika lamba ta SMS zuwa {destination}.',
  'hint.codeSentBy.EMAIL': 'Mun aika lamba ta imel zuwa {destination}.',
  'hint.totpCode': 'Buɗe manhajar tantancewarku ku shigar da lambar mai lambobi 6 ta wannan asusun.',
  'hint.confirmSignUp': 'Shigar da lambar da muka aika zuwa {destination} don tabbatar da asusunku.',
  'hint.confirmSignUpNoDestination': 'Shigar da lambar da muka aika muku don tabbatar da asusunku.',
};
