import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'プロフィール',
  'account.profile.submit': '保存',
  'account.profile.saved': 'プロフィールを保存しました。',
  'account.profile.pending': 'コードを入力するまでは、引き続き {old} でログインします。',
  'account.profile.confirmed': '確認しました。今後は {value} でログインします。',
  'account.profile.cancel': 'キャンセル',
};
