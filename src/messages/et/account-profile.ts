import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profiil',
  'account.profile.submit': 'Salvesta',
  'account.profile.saved': 'Teie profiil on salvestatud.',
  'account.profile.pending': 'Kuni te pole koodi sisestanud, jääb sisselogimiseks {old}.',
  'account.profile.confirmed': 'Kinnitatud. Nüüdsest on sisselogimiseks {value}.',
  'account.profile.cancel': 'Tühista',
};
