import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'প্রোফাইল',
  'account.profile.submit': 'সংরক্ষণ করুন',
  'account.profile.saved': 'আপনার প্রোফাইল সংরক্ষিত হয়েছে।',
  'account.profile.pending': 'কোডটি না দেওয়া পর্যন্ত আপনি {old} দিয়েই সাইন ইন করবেন।',
  'account.profile.confirmed': 'নিশ্চিত হয়েছে। এখন থেকে আপনি {value} দিয়ে সাইন ইন করবেন।',
  'account.profile.cancel': 'বাতিল করুন',
};
