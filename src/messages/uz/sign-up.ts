import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Hisobingizni yarating',
  'hint.phoneNumber': '+ va mamlakat kodi bilan boshlang, masalan: +998901234567.',
  'hint.signUpNoPassword': 'Parol kerak emas: biz yuboradigan kod bilan kirasiz.',
  'action.haveAccount': 'Hisobingiz bormi? Kirish',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Emailingizni tekshiring',
  'hint.signUpLink':
    '{destination} manziliga havola yubordik. Hisobingizni tasdiqlash uchun uni oching, bu sahifa oʻzi davom etadi.',
  'hint.signUpLinkNoDestination':
    'Sizga havola yubordik. Hisobingizni tasdiqlash uchun uni oching, bu sahifa oʻzi davom etadi.',
  'action.resendLink': 'Yangi havola yuborish',
};
