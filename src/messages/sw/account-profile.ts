import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Wasifu',
  'account.profile.submit': 'Hifadhi',
  'account.profile.saved': 'Wasifu wako umehifadhiwa.',
  'account.profile.pending': 'Hadi utakapoweka msimbo, bado utaingia kwa {old}.',
  'account.profile.confirmed': 'Imethibitishwa. Sasa unaingia kwa {value}.',
  'account.profile.cancel': 'Ghairi',
};
