import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Профиль',
  'account.profile.submit': 'Сохранить',
  'account.profile.saved': 'Профиль сохранён.',
  'account.profile.pending': 'Пока вы не введёте код, для входа по-прежнему используется {old}.',
  'account.profile.confirmed': 'Подтверждено. Теперь для входа используется {value}.',
  'account.profile.cancel': 'Отмена',
};
