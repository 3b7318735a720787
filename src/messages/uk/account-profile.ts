import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Профіль',
  'account.profile.submit': 'Зберегти',
  'account.profile.saved': 'Ваш профіль збережено.',
  'account.profile.pending': 'Доки ви не введете код, для входу й надалі використовується {old}.',
  'account.profile.confirmed': 'Підтверджено. Тепер для входу використовується {value}.',
  'account.profile.cancel': 'Скасувати',
};
