import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'কীভাবে সাইন-ইন করতে চান?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'এটি যে আপনিই, তা কীভাবে যাচাই করবেন বেছে নিন',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '২-ধাপে যাচাইকরণ সেট-আপ করুন',
  'choice.SMS': 'টেক্সট মেসেজ (SMS)',
  'choice.TOTP': 'Authenticator অ্যাপ',
  'choice.EMAIL': 'ইমেল',
  'choice.PASSWORD': 'পাসওয়ার্ড',
  'choice.PASSWORD_SRP': 'পাসওয়ার্ড',
  'choice.EMAIL_OTP': 'ইমেলে কোড পাঠান',
  'choice.SMS_OTP': 'SMS-এ কোড পাঠান',
  'choice.WEB_AUTHN': 'পাসকী',
};
