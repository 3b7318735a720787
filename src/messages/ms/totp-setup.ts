import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Salin kunci persediaan',
  'action.openAuthenticator': 'Buka dalam apl pengesah',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Sediakan apl pengesah anda',
  'hint.totpSecret': 'Kunci persediaan',
  'hint.totpQrAlt': 'Kod QR untuk menambahkan akaun ini pada apl pengesah',
  'hint.totpCopied': 'Disalin',
  'error.qrCode': 'Kod QR tidak dapat dipaparkan. Masukkan kunci persediaan dalam apl pengesah anda.',
  'hint.totpStepApp': 'Buka apl pengesah pada telefon anda, atau pasang satu.',
  'hint.totpStepScan': 'Imbas kod QR dengan apl itu, atau salin kunci persediaan ke dalamnya.',
  'hint.totpStepCode': 'Masukkan kod 6 digit yang dipaparkan oleh apl.',
};
