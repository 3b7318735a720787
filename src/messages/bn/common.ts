import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'ইউজারনেম',
  'field.password': 'পাসওয়ার্ড',
  'field.code': 'কোড',
  'action.signIn': 'সাইন-ইন করুন',
  'action.confirm': 'কনফার্ম করুন',
  'action.resendCode': 'নতুন কোড পাঠান',
  'action.backToSignIn': 'সাইন-ইন পেজে ফিরে যান',
  'action.changePassword': 'পাসওয়ার্ড পরিবর্তন করুন',
  'action.working': 'অপেক্ষা করুন…',
  'action.showPassword': 'পাসওয়ার্ড দেখান',
  'action.resendCodeIn.one': '{count} সেকেন্ড পরে নতুন কোড পাঠান',
  'action.resendCodeIn.other': '{count} সেকেন্ড পরে নতুন কোড পাঠান',
  'hint.codeResentNoDestination': 'একটি নতুন কোড পাঠানো হচ্ছে।',
  'hint.resetRequired': 'সাইন-ইন করার আগে আপনার পাসওয়ার্ড রিসেট করতে হবে।',
  'error.prefix': 'ত্রুটি:',
  'error.network': 'সাইন-ইন পরিষেবার সাথে যোগাযোগ করা যায়নি। আপনার ইন্টারনেট কানেকশন চেক করে আবার চেষ্টা করুন।',
  'field.email': 'ইমেল',
  'field.phone': 'ফোন নম্বর',
  'field.emailOrPhone': 'ইমেল বা ফোন নম্বর',
  'action.createAccount': 'অ্যাকাউন্ট তৈরি করুন',
  'hint.codeLength.one': 'কোডটিতে {count}টি সংখ্যা আছে।',
  'hint.codeLength.other': 'কোডটিতে {count}টি সংখ্যা আছে।',
};
