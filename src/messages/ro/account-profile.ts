import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Salvați',
  'account.profile.saved': 'Profilul dvs. a fost salvat.',
  'account.profile.pending': 'Până când introduceți codul, vă conectați în continuare cu {old}.',
  'account.profile.confirmed': 'Confirmat. Acum vă conectați cu {value}.',
  'account.profile.cancel': 'Anulați',
};
