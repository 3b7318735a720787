import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Perfil',
  'account.profile.submit': 'Desa',
  'account.profile.saved': 'S’ha desat el teu perfil.',
  'account.profile.pending': 'Fins que no introdueixis el codi, continuaràs iniciant la sessió amb {old}.',
  'account.profile.confirmed': 'Confirmat. Ara inicies la sessió amb {value}.',
  'account.profile.cancel': 'Cancel·la',
};
