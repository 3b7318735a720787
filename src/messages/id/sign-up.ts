import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Buat akun Anda',
  'hint.phoneNumber': 'Awali dengan + dan kode negara, misalnya +14255550100.',
  'hint.signUpNoPassword': 'Tidak perlu kata sandi: Anda akan masuk dengan kode yang kami kirimkan.',
  'action.haveAccount': 'Sudah punya akun? Masuk',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Periksa email Anda',
  'hint.signUpLink':
    'Kami mengirim tautan ke {destination}. Buka tautan itu untuk mengonfirmasi akun Anda, dan halaman ini akan berlanjut dengan sendirinya.',
  'hint.signUpLinkNoDestination':
    'Kami mengirimkan tautan kepada Anda. Buka tautan itu untuk mengonfirmasi akun Anda, dan halaman ini akan berlanjut dengan sendirinya.',
  'action.resendLink': 'Kirim tautan baru',
};
