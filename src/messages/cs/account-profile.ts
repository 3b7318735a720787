import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Uložit',
  'account.profile.saved': 'Váš profil byl uložen.',
  'account.profile.pending': 'Dokud nezadáte kód, budete se dál přihlašovat pomocí {old}.',
  'account.profile.confirmed': 'Potvrzeno. Nyní se přihlašujete pomocí {value}.',
  'account.profile.cancel': 'Zrušit',
};
