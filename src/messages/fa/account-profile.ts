import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'نمایه',
  'account.profile.submit': 'ذخیره',
  'account.profile.saved': 'نمایهٔ شما ذخیره شد.',
  'account.profile.pending': 'تا زمانی که کد را وارد نکنید، همچنان با {old} وارد می‌شوید.',
  'account.profile.confirmed': 'تأیید شد. اکنون با {value} وارد می‌شوید.',
  'account.profile.cancel': 'لغو',
};
