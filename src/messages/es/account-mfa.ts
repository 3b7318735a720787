import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verificación en dos pasos',
  'account.mfa.off':
    'La verificación en dos pasos está desactivada: para iniciar sesión solo se te pide la contraseña.',
  'account.mfa.hint': 'Para iniciar sesión se te pide la contraseña y después un código del método que se usa primero.',
  'account.mfa.retry': 'Volver a intentarlo',
  'account.mfa.on': 'Activado',
  'account.mfa.preferred': 'Activado, se usa primero',
  'account.mfa.turnOn': 'Activar',
  'account.mfa.turnOff': 'Desactivar',
  'account.mfa.prefer': 'Usar primero',
  'account.mfa.cancel': 'Cancelar',
  'account.mfa.totpOn':
    'Se ha activado tu aplicación de autenticación. La próxima vez que inicies sesión, introduce el código que muestre.',
  'account.mfa.saved': 'Se ha guardado el cambio.',
  'error.mfaLastRequired':
    'Esta cuenta debe mantener la verificación en dos pasos. Activa otro método antes de desactivar este.',
};
