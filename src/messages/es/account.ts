import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'No has iniciado sesión. Inicia sesión para gestionar tu cuenta.',
  'account.password.title': 'Cambiar la contraseña',
  'account.field.currentPassword': 'Contraseña actual',
  'account.password.submit': 'Cambiar contraseña',
  'account.password.changed': 'Se ha cambiado tu contraseña.',
  'account.error.currentPassword': 'Esa no es tu contraseña actual.',
  'account.sessions.title': 'Cerrar sesión en todas partes',
  'account.sessions.hint':
    'Se cerrará tu sesión en todos los dispositivos y navegadores donde la tengas iniciada, incluido este.',
  'account.sessions.submit': 'Cerrar sesión en todos los dispositivos',
  'account.delete.title': 'Eliminar tu cuenta',
  'account.delete.hint': 'Se eliminarán tu cuenta y todo lo que tengas guardado en ella. No se puede deshacer.',
  'account.delete.word': 'eliminar',
  'account.delete.field': 'Para confirmarlo, escribe «{word}»',
  'account.delete.submit': 'Eliminar cuenta',
  'account.delete.mismatch': 'Escribe «{word}» para confirmarlo.',
  'account.delete.done': 'Tu cuenta se ha eliminado.',
};
