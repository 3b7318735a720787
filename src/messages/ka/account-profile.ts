import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'პროფილი',
  'account.profile.submit': 'შენახვა',
  'account.profile.saved': 'თქვენი პროფილი შენახულია.',
  'account.profile.pending': 'სანამ კოდს შეიყვანთ, შესვლისთვის კვლავ {old} გამოიყენება.',
  'account.profile.confirmed': 'დადასტურებულია. ახლა შესვლისთვის {value} გამოიყენება.',
  'account.profile.cancel': 'გაუქმება',
};
