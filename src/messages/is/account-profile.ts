import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Notandasnið',
  'account.profile.submit': 'Vista',
  'account.profile.saved': 'Notandasniðið þitt var vistað.',
  'account.profile.pending': 'Þar til þú slærð inn kóðann skráir þú þig áfram inn með {old}.',
  'account.profile.confirmed': 'Staðfest. Nú skráir þú þig inn með {value}.',
  'account.profile.cancel': 'Hætta við',
};
