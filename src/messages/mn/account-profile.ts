import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Профайл',
  'account.profile.submit': 'Хадгалах',
  'account.profile.saved': 'Таны профайл хадгалагдлаа.',
  'account.profile.pending': 'Кодыг оруулах хүртэл нэвтрэхэд {old} хэвээр ашиглагдана.',
  'account.profile.confirmed': 'Баталгаажлаа. Одоо нэвтрэхэд {value} ашиглагдана.',
  'account.profile.cancel': 'Цуцлах',
};
