import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nama pengguna',
  'field.password': 'Kata laluan',
  'field.code': 'Kod',
  'action.signIn': 'Log masuk',
  'action.confirm': 'Sahkan',
  'action.resendCode': 'Hantar kod baharu',
  'action.backToSignIn': 'Kembali ke log masuk',
  'action.changePassword': 'Tukar kata laluan',
  'action.working': 'Sila tunggu…',
  'action.showPassword': 'Tunjukkan kata laluan',
  'action.resendCodeIn.other': 'Hantar kod baharu dalam {count} saat',
  'hint.codeResentNoDestination': 'Kod baharu sedang dihantar.',
  'hint.resetRequired': 'Kata laluan anda perlu ditetapkan semula sebelum anda boleh log masuk.',
  'error.prefix': 'Ralat:',
  'error.network': 'Kami tidak dapat menghubungi perkhidmatan log masuk. Semak sambungan anda dan cuba lagi.',
  'field.email': 'E-mel',
  'field.phone': 'Nombor telefon',
  'field.emailOrPhone': 'E-mel atau nombor telefon',
  'action.createAccount': 'Cipta akaun',
  'hint.codeLength.other': 'Kod ini mempunyai {count} digit.',
};
