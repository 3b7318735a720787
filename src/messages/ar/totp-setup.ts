import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'نسخ مفتاح الإعداد',
  'action.openAuthenticator': 'فتح في تطبيق المصادقة',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'إعداد تطبيق المصادقة',
  'hint.totpSecret': 'مفتاح الإعداد',
  'hint.totpQrAlt': 'رمز QR لإضافة هذا الحساب إلى تطبيق مصادقة',
  'hint.totpCopied': 'تم النسخ',
  'error.qrCode': 'تعذَّر عرض رمز QR. أدخِل مفتاح الإعداد في تطبيق المصادقة بدلاً من ذلك.',
  'hint.totpStepApp': 'افتح تطبيق مصادقة على هاتفك، أو ثبّت تطبيقًا.',
  'hint.totpStepScan': 'امسح رمز QR ضوئيًا بالتطبيق، أو انسخ مفتاح الإعداد إليه.',
  'hint.totpStepCode': 'أدخِل الرمز المكوَّن من 6 أرقام الذي يظهر في التطبيق.',
};
