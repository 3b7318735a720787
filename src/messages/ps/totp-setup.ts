import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'د تنظیم کیلي کاپي کړئ',
  'action.openAuthenticator': 'د تصدیق په اپ کې یې پرانیزئ',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'د تصدیق اپ تنظیم کړئ',
  'hint.totpSecret': 'د تنظیم کیلي',
  'hint.totpQrAlt': 'د تصدیق اپ ته د دې حساب د زیاتولو QR کوډ',
  'hint.totpCopied': 'کاپي شو',
  'error.qrCode': 'QR کوډ نشي ښودل کېدای. پر ځای یې د تنظیم کیلي د تصدیق په اپ کې ولیکئ.',
  'hint.totpStepApp': 'په خپل تلیفون کې د تصدیق اپ پرانیزئ، یا یو ولګوئ.',
  'hint.totpStepScan': 'QR کوډ په اپ سره سکین کړئ، یا د تنظیم کیلي اپ ته کاپي کړئ.',
  'hint.totpStepCode': 'هغه ۶ رقمي کوډ ولیکئ چې اپ یې ښيي.',
};
