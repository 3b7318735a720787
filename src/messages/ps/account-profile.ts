import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'پېژندپاڼه',
  'account.profile.submit': 'خوندي کړئ',
  'account.profile.saved': 'ستاسو پېژندپاڼه خوندي شوه.',
  'account.profile.pending': 'تر هغه چې کوډ ولیکئ، تاسو به لا هم له {old} سره ننوځئ.',
  'account.profile.confirmed': 'تایید شو. اوس تاسو له {value} سره ننوځئ.',
  'account.profile.cancel': 'لغوه کړئ',
};
