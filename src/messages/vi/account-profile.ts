import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Hồ sơ',
  'account.profile.submit': 'Lưu',
  'account.profile.saved': 'Đã lưu hồ sơ của bạn.',
  'account.profile.pending': 'Cho đến khi bạn nhập mã, bạn vẫn đăng nhập bằng {old}.',
  'account.profile.confirmed': 'Đã xác nhận. Giờ bạn đăng nhập bằng {value}.',
  'account.profile.cancel': 'Hủy',
};
