import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'פרופיל',
  'account.profile.submit': 'שמירה',
  'account.profile.saved': 'הפרופיל שלך נשמר.',
  'account.profile.pending': 'עד שיוזן הקוד, הכניסה תמשיך להתבצע עם {old}.',
  'account.profile.confirmed': 'האימות הושלם. מעכשיו הכניסה מתבצעת עם {value}.',
  'account.profile.cancel': 'ביטול',
};
