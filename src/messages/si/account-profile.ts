import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'පැතිකඩ',
  'account.profile.submit': 'සුරකින්න',
  'account.profile.saved': 'ඔබගේ පැතිකඩ සුරැකිණි.',
  'account.profile.pending': 'ඔබ කේතය ඇතුළු කරන තුරු, ඔබ තවමත් {old} සමඟ පුරනය වේ.',
  'account.profile.confirmed': 'තහවුරු විය. දැන් ඔබ {value} සමඟ පුරනය වේ.',
  'account.profile.cancel': 'අවලංගු කරන්න',
};
