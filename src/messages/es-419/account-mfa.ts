import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verificación en dos pasos',
  'account.mfa.off': 'La verificación en dos pasos está desactivada: para acceder solo se te pide la contraseña.',
  'account.mfa.hint': 'Para acceder se te pide la contraseña y luego un código del método que se usa primero.',
  'account.mfa.retry': 'Volver a intentarlo',
  'account.mfa.on': 'Activo',
  'account.mfa.preferred': 'Activo, se usa primero',
  'account.mfa.turnOn': 'Activar',
  'account.mfa.turnOff': 'Desactivar',
  'account.mfa.prefer': 'Usar primero',
  'account.mfa.cancel': 'Cancelar',
  'account.mfa.totpOn':
    'Se activó tu aplicación de autenticación. La próxima vez que accedas, ingresa el código que muestre.',
  'account.mfa.saved': 'Se guardó el cambio.',
  'error.mfaLastRequired':
    'Esta cuenta debe mantener la verificación en dos pasos. Activa otro método antes de desactivar este.',
};
