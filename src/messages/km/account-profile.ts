import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'ប្រវត្តិរូប',
  'account.profile.submit': 'រក្សាទុក',
  'account.profile.saved': 'ប្រវត្តិរូបរបស់អ្នកត្រូវបានរក្សាទុកហើយ។',
  'account.profile.pending': 'រហូតដល់អ្នកបញ្ចូលលេខកូដ អ្នកនៅតែចូលដោយប្រើ {old}។',
  'account.profile.confirmed': 'បានបញ្ជាក់ហើយ។ ឥឡូវនេះ អ្នកចូលដោយប្រើ {value}។',
  'account.profile.cancel': 'បោះបង់',
};
