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
  'account.passkeys.title': 'Llaves de acceso',
  'account.passkeys.hint':
    'Inicia sesión con tu huella, tu rostro o el bloqueo de pantalla en lugar de una contraseña.',
  'account.passkeys.empty': 'Todavía no agregaste ninguna llave de acceso.',
  'account.passkeys.add': 'Agregar una llave de acceso',
  'account.passkeys.unnamed': 'Llave de acceso',
  'account.passkeys.created': 'Agregada el {date}',
  'account.passkeys.remove': 'Quitar',
  'account.passkeys.confirm': '¿Quitar “{name}”? Ya no podrás usarla para iniciar sesión.',
  'account.passkeys.confirmSubmit': 'Quitar llave de acceso',
  'account.passkeys.keep': 'Conservarla',
  'account.passkeys.added': 'Se agregó la llave de acceso. Podrás usarla la próxima vez que inicies sesión.',
  'account.passkeys.deleted': 'Se quitó la llave de acceso.',
  'account.devices.title': 'Dispositivos recordados',
  'account.devices.hint': 'Estos dispositivos pueden iniciar sesión sin un código de verificación.',
  'account.devices.empty': 'No tienes dispositivos recordados.',
  'account.devices.this': 'Este dispositivo',
  'account.devices.unnamed': 'Dispositivo sin nombre',
  'account.devices.forget': 'Olvidar',
  'account.devices.forgetThis': 'Olvidar este dispositivo',
  'account.devices.forgot':
    'Se olvidó el dispositivo. La próxima vez que inicie sesión necesitará un código de verificación.',
  'account.devices.forgotThis':
    'Se olvidó este dispositivo. La próxima vez que inicies sesión aquí vas a necesitar un código de verificación.',
  'account.lastUsed': 'Último uso: {date}',
  'account.list.retry': 'Volver a intentar',
};
