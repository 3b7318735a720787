import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'خپل حساب جوړ کړئ',
  'hint.phoneNumber': 'په + او د هېواد په کوډ پیل وکړئ، لکه +93701234567.',
  'hint.signUpNoPassword': 'پټنوم ته اړتیا نشته: د هغه کوډ په مرسته به ننوځئ چې موږ یې درته لېږو.',
  'action.haveAccount': 'حساب لرئ؟ ننوځئ',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'خپل برېښنالیک وګورئ',
  'hint.signUpLink':
    'موږ {destination} ته یو لینک ولېږه. د خپل حساب د تایید لپاره یې پرانیزئ، دا پاڼه به پخپله دوام ومومي.',
  'hint.signUpLinkNoDestination':
    'موږ درته یو لینک ولېږه. د خپل حساب د تایید لپاره یې پرانیزئ، دا پاڼه به پخپله دوام ومومي.',
  'action.resendLink': 'نوی لینک ولېږئ',
};
