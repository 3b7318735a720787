import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Perfil',
  'account.profile.submit': 'Salvar',
  'account.profile.saved': 'Seu perfil foi salvo.',
  'account.profile.pending': 'Até você digitar o código, continua fazendo login com {old}.',
  'account.profile.confirmed': 'Confirmado. Agora você faz login com {value}.',
  'account.profile.cancel': 'Cancelar',
};
