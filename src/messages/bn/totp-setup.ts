import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'সেটআপ কী কপি করুন',
  'action.openAuthenticator': 'Authenticator অ্যাপে খুলুন',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'আপনার Authenticator অ্যাপ সেট-আপ করুন',
  'hint.totpSecret': 'সেটআপ কী',
  'hint.totpQrAlt': 'এই অ্যাকাউন্টটি Authenticator অ্যাপে যোগ করার QR কোড',
  'hint.totpCopied': 'কপি করা হয়েছে',
  'error.qrCode': 'QR কোডটি দেখানো যাচ্ছে না। তার বদলে আপনার Authenticator অ্যাপে সেটআপ কী লিখুন।',
  'hint.totpStepApp': 'আপনার ফোনে একটি Authenticator অ্যাপ খুলুন, বা ইনস্টল করুন।',
  'hint.totpStepScan': 'অ্যাপ দিয়ে QR কোডটি স্ক্যান করুন, বা সেটআপ কী কপি করে অ্যাপে পেস্ট করুন।',
  'hint.totpStepCode': 'অ্যাপে দেখানো ৬ সংখ্যার কোডটি লিখুন।',
};
