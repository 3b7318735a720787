import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'መገለጫ',
  'account.profile.submit': 'አስቀምጥ',
  'account.profile.saved': 'መገለጫዎ ተቀምጧል።',
  'account.profile.pending': 'ኮዱን እስኪያስገቡ ድረስ አሁንም በ{old} ይገባሉ።',
  'account.profile.confirmed': 'ተረጋግጧል። ከአሁን ጀምሮ በ{value} ይገባሉ።',
  'account.profile.cancel': 'ይቅር',
};
