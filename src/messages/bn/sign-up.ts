import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'আপনার অ্যাকাউন্ট তৈরি করুন',
  'hint.phoneNumber': '+ ও দেশের কোড দিয়ে শুরু করুন, যেমন +8801712345678।',
  'hint.signUpNoPassword': 'পাসওয়ার্ডের দরকার নেই: আমাদের পাঠানো কোড দিয়ে আপনি সাইন-ইন করবেন।',
  'action.haveAccount': 'আগে থেকেই অ্যাকাউন্ট আছে? সাইন-ইন করুন',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'আপনার ইমেল চেক করুন',
  'hint.signUpLink':
    'আমরা {destination}-এ একটি লিঙ্ক পাঠিয়েছি। আপনার অ্যাকাউন্ট কনফার্ম করতে লিঙ্কটি খুলুন, তারপর এই পেজ নিজে থেকেই এগিয়ে যাবে।',
  'hint.signUpLinkNoDestination':
    'আমরা আপনাকে একটি লিঙ্ক পাঠিয়েছি। আপনার অ্যাকাউন্ট কনফার্ম করতে লিঙ্কটি খুলুন, তারপর এই পেজ নিজে থেকেই এগিয়ে যাবে।',
  'action.resendLink': 'নতুন লিঙ্ক পাঠান',
};
