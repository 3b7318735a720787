import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Ստեղծեք ձեր հաշիվը',
  'hint.phoneNumber': 'Սկսեք + նշանով և երկրի կոդով, օրինակ՝ +37491123456։',
  'hint.signUpNoPassword': 'Գաղտնաբառ պետք չէ․ մուտք կգործեք մեր ուղարկած կոդով։',
  'action.haveAccount': 'Արդեն հաշիվ ունե՞ք։ Մուտք գործեք',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Ստուգեք ձեր էլ. փոստը',
  'hint.signUpLink':
    'Հղումն ուղարկել ենք {destination}-ին։ Բացեք այն՝ հաշիվը հաստատելու համար, և այս էջն ինքնուրույն կշարունակի։',
  'hint.signUpLinkNoDestination':
    'Ձեզ հղում ենք ուղարկել։ Բացեք այն՝ հաշիվը հաստատելու համար, և այս էջն ինքնուրույն կշարունակի։',
  'action.resendLink': 'Ուղարկել նոր հղում',
};
