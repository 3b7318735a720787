import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'দুই-ধাপে যাচাইকরণ',
  'account.mfa.off': 'দুই-ধাপে যাচাইকরণ বন্ধ আছে: সাইন ইন করার সময় শুধু আপনার পাসওয়ার্ড চাওয়া হয়।',
  'account.mfa.hint': 'সাইন ইন করার সময় আপনার পাসওয়ার্ড, তারপর প্রথমে ব্যবহৃত পদ্ধতি থেকে একটি কোড চাওয়া হয়।',
  'account.mfa.retry': 'আবার চেষ্টা করুন',
  'account.mfa.on': 'চালু',
  'account.mfa.preferred': 'চালু, প্রথমে ব্যবহৃত হয়',
  'account.mfa.turnOn': 'চালু করুন',
  'account.mfa.turnOff': 'বন্ধ করুন',
  'account.mfa.prefer': 'প্রথমে ব্যবহার করুন',
  'account.mfa.cancel': 'বাতিল করুন',
  'account.mfa.totpOn': 'আপনার Authenticator অ্যাপ চালু হয়েছে। পরের বার সাইন ইন করার সময় অ্যাপে দেখানো কোডটি লিখুন।',
  'account.mfa.saved': 'আপনার পরিবর্তন সংরক্ষিত হয়েছে।',
  'error.mfaLastRequired': 'এই অ্যাকাউন্টে দুই-ধাপে যাচাইকরণ রাখতেই হবে। এটি বন্ধ করার আগে অন্য একটি পদ্ধতি চালু করুন।',
};
