import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'নতুন পাসওয়ার্ড',
  'field.confirmPassword': 'নতুন পাসওয়ার্ড কনফার্ম করুন',
  'password.rules': 'আপনার পাসওয়ার্ডে যা থাকতে হবে:',
  'password.rule.minLength.one': 'কমপক্ষে {count}টি অক্ষর',
  'password.rule.minLength.other': 'কমপক্ষে {count}টি অক্ষর',
  'password.rule.lowercase': 'একটি ছোট হাতের অক্ষর (a–z)',
  'password.rule.uppercase': 'একটি বড় হাতের অক্ষর (A–Z)',
  'password.rule.number': 'একটি সংখ্যা (0–9)',
  'password.rule.symbol': 'একটি চিহ্ন, যেমন ! বা ?',
  'password.ruleMet': '{rule} (হয়েছে)',
  'password.ruleUnmet': '{rule} (এখনও হয়নি)',
  'action.showNewPassword': 'নতুন পাসওয়ার্ড দেখান',
  'action.showConfirmation': 'কনফার্ম করা পাসওয়ার্ড দেখান',
};
