import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Salin kunci penyiapan',
  'action.openAuthenticator': 'Buka di aplikasi autentikator',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Siapkan aplikasi autentikator',
  'hint.totpSecret': 'Kunci penyiapan',
  'hint.totpQrAlt': 'Kode QR untuk menambahkan akun ini ke aplikasi autentikator',
  'hint.totpCopied': 'Disalin',
  'error.qrCode':
    'Kode QR tidak dapat ditampilkan. Sebagai gantinya, masukkan kunci penyiapan di aplikasi autentikator.',
  'hint.totpStepApp': 'Buka aplikasi autentikator di ponsel Anda, atau instal salah satunya.',
  'hint.totpStepScan': 'Pindai kode QR dengan aplikasi, atau salin kunci penyiapan ke dalamnya.',
  'hint.totpStepCode': 'Masukkan kode 6 digit yang ditampilkan aplikasi.',
};
