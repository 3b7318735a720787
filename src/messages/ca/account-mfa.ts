import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verificació en dos passos',
  'account.mfa.off': 'La verificació en dos passos està desactivada: per iniciar la sessió només cal la contrasenya.',
  'account.mfa.hint': 'Per iniciar la sessió cal la contrasenya i després un codi del mètode que s’utilitza primer.',
  'account.mfa.retry': 'Torna-ho a provar',
  'account.mfa.on': 'Activat',
  'account.mfa.preferred': 'Activat, s’utilitza primer',
  'account.mfa.turnOn': 'Activa',
  'account.mfa.turnOff': 'Desactiva',
  'account.mfa.prefer': 'Utilitza primer',
  'account.mfa.cancel': 'Cancel·la',
  'account.mfa.totpOn':
    'L’aplicació d’autenticació està activada. La propera vegada que iniciïs la sessió, introdueix el codi que mostri.',
  'account.mfa.saved': 'S’ha desat el canvi.',
  'error.mfaLastRequired':
    'Aquest compte ha de mantenir la verificació en dos passos. Activa un altre mètode abans de desactivar aquest.',
};
