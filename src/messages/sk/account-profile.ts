import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Uložiť',
  'account.profile.saved': 'Váš profil bol uložený.',
  'account.profile.pending': 'Kým nezadáte kód, budete sa naďalej prihlasovať pomocou {old}.',
  'account.profile.confirmed': 'Potvrdené. Teraz sa prihlasujete pomocou {value}.',
  'account.profile.cancel': 'Zrušiť',
};
