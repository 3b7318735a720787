import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Бүртгэлээ үүсгэнэ үү',
  'hint.phoneNumber': '+ тэмдэг болон улсын кодоор эхэлнэ үү, жишээ нь +97688123456.',
  'hint.signUpNoPassword': 'Нууц үг шаардлагагүй: бидний илгээх кодоор нэвтэрнэ.',
  'action.haveAccount': 'Бүртгэлтэй юу? Нэвтрэх',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Имэйлээ шалгана уу',
  'hint.signUpLink':
    'Бид {destination} руу холбоос илгээлээ. Бүртгэлээ баталгаажуулахын тулд түүнийг нээнэ үү, энэ хуудас өөрөө үргэлжилнэ.',
  'hint.signUpLinkNoDestination':
    'Бид танд холбоос илгээлээ. Бүртгэлээ баталгаажуулахын тулд түүнийг нээнэ үү, энэ хуудас өөрөө үргэлжилнэ.',
  'action.resendLink': 'Шинэ холбоос илгээх',
};
