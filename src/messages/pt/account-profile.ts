import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Perfil',
  'account.profile.submit': 'Guardar',
  'account.profile.saved': 'O seu perfil foi guardado.',
  'account.profile.pending': 'Até introduzir o código, continua a iniciar sessão com {old}.',
  'account.profile.confirmed': 'Confirmado. Agora inicia sessão com {value}.',
  'account.profile.cancel': 'Cancelar',
};
