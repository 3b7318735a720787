import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Профил',
  'account.profile.submit': 'Запазване',
  'account.profile.saved': 'Профилът ви е запазен.',
  'account.profile.pending': 'Докато не въведете кода, продължавате да влизате с {old}.',
  'account.profile.confirmed': 'Потвърдено. Вече влизате с {value}.',
  'account.profile.cancel': 'Отказ',
};
