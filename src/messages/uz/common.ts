import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Foydalanuvchi nomi',
  'field.password': 'Parol',
  'field.code': 'Kod',
  'action.signIn': 'Kirish',
  'action.confirm': 'Tasdiqlash',
  'action.resendCode': 'Yangi kod yuborish',
  'action.backToSignIn': 'Kirish sahifasiga qaytish',
  'action.changePassword': 'Parolni almashtirish',
  'action.working': 'Kuting…',
  'action.showPassword': 'Parolni koʻrsatish',
  'action.resendCodeIn.one': '{count} soniyadan keyin yangi kod yuborish',
  'action.resendCodeIn.other': '{count} soniyadan keyin yangi kod yuborish',
  'hint.codeResentNoDestination': 'Yangi kod yuborilmoqda.',
  'hint.resetRequired': 'Kirishdan oldin parolingizni tiklashingiz kerak.',
  'error.prefix': 'Xato:',
  'error.network': 'Kirish xizmatiga ulanib boʻlmadi. Internet aloqasini tekshirib, qayta urining.',
  'field.email': 'Email',
  'field.phone': 'Telefon raqami',
  'field.emailOrPhone': 'Email yoki telefon raqami',
  'action.createAccount': 'Hisob yaratish',
  'hint.codeLength.one': 'Kod {count} xonali.',
  'hint.codeLength.other': 'Kod {count} xonali.',
};
