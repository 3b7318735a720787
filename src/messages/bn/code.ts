import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'এই ডিভাইসটি মনে রাখুন',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'আমরা SMS-এ যে কোড পাঠিয়েছি সেটি লিখুন',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'আমরা ইমেলে যে কোড পাঠিয়েছি সেটি লিখুন',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Authenticator অ্যাপের কোডটি লিখুন',
  'step.CONFIRM_SIGN_UP.title': 'আপনার অ্যাকাউন্ট কনফার্ম করুন',
  'hint.codeSent': 'আমরা {destination}-এ একটি কোড পাঠিয়েছি।',
  'hint.codeSentBy.SMS': 'আমরা {destination}-এ SMS-এর মাধ্যমে একটি কোড পাঠিয়েছি।',
  'hint.codeSentBy.EMAIL': 'আমরা {destination}-এ ইমেলের মাধ্যমে একটি কোড পাঠিয়েছি।',
  'hint.totpCode': 'আপনার Authenticator অ্যাপ খুলে এই অ্যাকাউন্টের ৬ সংখ্যার কোডটি লিখুন।',
  'hint.confirmSignUp': 'আপনার অ্যাকাউন্ট কনফার্ম করতে {destination}-এ আমাদের পাঠানো কোডটি লিখুন।',
  'hint.confirmSignUpNoDestination': 'আপনার অ্যাকাউন্ট কনফার্ম করতে আমাদের পাঠানো কোডটি লিখুন।',
};
