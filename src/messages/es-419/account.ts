import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'No iniciaste sesión. Inicia sesión para administrar tu cuenta.',
  'account.password.title': 'Cambiar la contraseña',
  'account.field.currentPassword': 'Contraseña actual',
  'account.password.submit': 'Cambiar contraseña',
  'account.password.changed': 'Se cambió tu contraseña.',
  'account.error.currentPassword': 'Esa no es tu contraseña actual.',
  'account.sessions.title': 'Cerrar sesión en todas partes',
  'account.sessions.hint':
    'Se cerrará tu sesión en todos los dispositivos y navegadores donde la tengas abierta, incluido este.',
  'account.sessions.submit': 'Cerrar sesión en todos los dispositivos',
  'account.delete.title': 'Eliminar tu cuenta',
  'account.delete.hint': 'Esto elimina tu cuenta y todo lo que tiene guardado. No se puede deshacer.',
  'account.delete.word': 'eliminar',
  'account.delete.field': 'Para confirmar, escribe “{word}”',
  'account.delete.submit': 'Eliminar cuenta',
  'account.delete.mismatch': 'Escribe “{word}” para confirmar.',
  'account.delete.done': 'Se eliminó tu cuenta.',
};
