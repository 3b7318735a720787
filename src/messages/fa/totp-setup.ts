import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'کپی کلید راه‌اندازی',
  'action.openAuthenticator': 'باز کردن در برنامه احراز هویت',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'راه‌اندازی برنامه احراز هویت',
  'hint.totpSecret': 'کلید راه‌اندازی',
  'hint.totpQrAlt': 'کد QR برای افزودن این حساب به برنامه احراز هویت',
  'hint.totpCopied': 'کپی شد',
  'error.qrCode': 'نمایش کد QR ممکن نیست. به‌جای آن، کلید راه‌اندازی را در برنامه احراز هویت وارد کنید.',
  'hint.totpStepApp': 'یک برنامه احراز هویت را در تلفن خود باز کنید یا نصب کنید.',
  'hint.totpStepScan': 'کد QR را با برنامه اسکن کنید یا کلید راه‌اندازی را در آن کپی کنید.',
  'hint.totpStepCode': 'کد ۶ رقمی‌ای را که برنامه نشان می‌دهد وارد کنید.',
};
