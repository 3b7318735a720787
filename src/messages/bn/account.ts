import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'আপনি সাইন-ইন করেননি। অ্যাকাউন্ট পরিচালনা করতে সাইন-ইন করুন।',
  'account.password.title': 'পাসওয়ার্ড পরিবর্তন করুন',
  'account.field.currentPassword': 'বর্তমান পাসওয়ার্ড',
  'account.password.submit': 'পাসওয়ার্ড পরিবর্তন করুন',
  'account.password.changed': 'আপনার পাসওয়ার্ড পরিবর্তন করা হয়েছে।',
  'account.error.currentPassword': 'এটি আপনার বর্তমান পাসওয়ার্ড নয়।',
  'account.sessions.title': 'সব জায়গা থেকে সাইন-আউট করুন',
  'account.sessions.hint': 'এটি আপনাকে সাইন-ইন করা সব ডিভাইস ও ব্রাউজার থেকে সাইন-আউট করবে, এই ডিভাইসসহ।',
  'account.sessions.submit': 'সব ডিভাইস থেকে সাইন-আউট করুন',
  'account.delete.title': 'আপনার অ্যাকাউন্ট মুছুন',
  'account.delete.hint': 'এতে আপনার অ্যাকাউন্ট এবং এতে সংরক্ষিত সবকিছু মুছে যাবে। এটি আর ফেরানো যাবে না।',
  'account.delete.word': 'মুছুন',
  'account.delete.field': 'নিশ্চিত করতে “{word}” লিখুন',
  'account.delete.submit': 'অ্যাকাউন্ট মুছুন',
  'account.delete.mismatch': 'নিশ্চিত করতে “{word}” লিখুন।',
  'account.delete.done': 'আপনার অ্যাকাউন্ট মুছে ফেলা হয়েছে।',
};
