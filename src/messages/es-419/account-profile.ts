import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Perfil',
  'account.profile.submit': 'Guardar',
  'account.profile.saved': 'Se guardó tu perfil.',
  'account.profile.pending': 'Hasta que ingreses el código, sigues accediendo con {old}.',
  'account.profile.confirmed': 'Confirmado. Ahora accedes con {value}.',
  'account.profile.cancel': 'Cancelar',
};
