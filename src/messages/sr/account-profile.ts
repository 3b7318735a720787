import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Профил',
  'account.profile.submit': 'Сачувај',
  'account.profile.saved': 'Ваш профил је сачуван.',
  'account.profile.pending': 'Док не унесете код, за пријаву и даље користите {old}.',
  'account.profile.confirmed': 'Потврђено. За пријаву сада користите {value}.',
  'account.profile.cancel': 'Откажи',
};
