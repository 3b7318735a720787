import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profilo',
  'account.profile.submit': 'Salva',
  'account.profile.saved': 'Il tuo profilo è stato salvato.',
  'account.profile.pending': 'Finché non inserisci il codice, continui ad accedere con {old}.',
  'account.profile.confirmed': 'Confermato. Ora accedi con {value}.',
  'account.profile.cancel': 'Annulla',
};
