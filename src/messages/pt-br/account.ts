import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Você não está conectado. Entre para gerenciar sua conta.',
  'account.password.title': 'Alterar sua senha',
  'account.field.currentPassword': 'Senha atual',
  'account.password.submit': 'Alterar senha',
  'account.password.changed': 'Sua senha foi alterada.',
  'account.error.currentPassword': 'Essa não é sua senha atual.',
  'account.sessions.title': 'Sair de todos os lugares',
  'account.sessions.hint': 'Você sairá de todos os dispositivos e navegadores em que está conectado, incluindo este.',
  'account.sessions.submit': 'Sair de todos os dispositivos',
  'account.delete.title': 'Excluir sua conta',
  'account.delete.hint': 'Isso exclui sua conta e tudo o que está salvo nela. Não é possível desfazer.',
  'account.delete.word': 'excluir',
  'account.delete.field': 'Para confirmar, digite “{word}”',
  'account.delete.submit': 'Excluir conta',
  'account.delete.mismatch': 'Digite “{word}” para confirmar.',
  'account.delete.done': 'Sua conta foi excluída.',
};
