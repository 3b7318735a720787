import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'কোড পাঠান',
  'step.RESET_PASSWORD.title': 'আপনার পাসওয়ার্ড রিসেট করুন',
  'step.CONFIRM_RESET_PASSWORD.title': 'নতুন পাসওয়ার্ড বেছে নিন',
  'hint.resetPassword': 'এই অ্যাকাউন্টের পাসওয়ার্ড রিসেট করতে আমরা একটি কোড পাঠাব।',
  'hint.confirmResetPassword': '{destination}-এ আমাদের পাঠানো কোডটি লিখুন এবং একটি নতুন পাসওয়ার্ড বেছে নিন।',
  'hint.confirmResetPasswordNoDestination': 'আমাদের পাঠানো কোডটি লিখুন এবং একটি নতুন পাসওয়ার্ড বেছে নিন।',
};
