import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Perfil',
  'account.profile.submit': 'Guardar',
  'account.profile.saved': 'Se ha guardado tu perfil.',
  'account.profile.pending': 'Hasta que introduzcas el código, seguirás iniciando sesión con {old}.',
  'account.profile.confirmed': 'Confirmado. Ahora inicias sesión con {value}.',
  'account.profile.cancel': 'Cancelar',
};
