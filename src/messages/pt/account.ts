import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Não tem sessão iniciada. Inicie sessão para gerir a sua conta.',
  'account.password.title': 'Alterar a palavra-passe',
  'account.field.currentPassword': 'Palavra-passe atual',
  'account.password.submit': 'Alterar palavra-passe',
  'account.password.changed': 'A sua palavra-passe foi alterada.',
  'account.error.currentPassword': 'Essa não é a sua palavra-passe atual.',
  'account.sessions.title': 'Terminar sessão em todo o lado',
  'account.sessions.hint':
    'Vai terminar a sessão em todos os dispositivos e navegadores onde tem sessão iniciada, incluindo este.',
  'account.sessions.submit': 'Terminar sessão em todos os dispositivos',
  'account.delete.title': 'Eliminar a sua conta',
  'account.delete.hint': 'Esta ação elimina a sua conta e tudo o que nela está guardado. Não é possível anular.',
  'account.delete.word': 'eliminar',
  'account.delete.field': 'Para confirmar, escreva «{word}»',
  'account.delete.submit': 'Eliminar conta',
  'account.delete.mismatch': 'Escreva «{word}» para confirmar.',
  'account.delete.done': 'A sua conta foi eliminada.',
};
