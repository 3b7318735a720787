import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Профіль',
  'account.profile.submit': 'Захаваць',
  'account.profile.saved': 'Ваш профіль захаваны.',
  'account.profile.pending': 'Пакуль вы не ўвядзеце код, для ўваходу па-ранейшаму выкарыстоўваецца {old}.',
  'account.profile.confirmed': 'Пацверджана. Цяпер для ўваходу выкарыстоўваецца {value}.',
  'account.profile.cancel': 'Скасаваць',
};
