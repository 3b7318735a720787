import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Zapisz',
  'account.profile.saved': 'Twój profil został zapisany.',
  'account.profile.pending': 'Dopóki nie wpiszesz kodu, nadal logujesz się za pomocą {old}.',
  'account.profile.confirmed': 'Potwierdzono. Teraz logujesz się za pomocą {value}.',
  'account.profile.cancel': 'Anuluj',
};
