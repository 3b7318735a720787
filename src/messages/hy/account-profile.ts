import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Պրոֆիլ',
  'account.profile.submit': 'Պահել',
  'account.profile.saved': 'Ձեր պրոֆիլը պահվեց։',
  'account.profile.pending': 'Մինչև կոդը մուտքագրելը դուք շարունակում եք մուտք գործել՝ օգտագործելով {old}։',
  'account.profile.confirmed': 'Հաստատված է։ Այժմ մուտք եք գործում՝ օգտագործելով {value}։',
  'account.profile.cancel': 'Չեղարկել',
};
