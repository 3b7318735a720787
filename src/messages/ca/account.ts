import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'No has iniciat la sessió. Inicia-la per gestionar el teu compte.',
  'account.password.title': 'Canvia la contrasenya',
  'account.field.currentPassword': 'Contrasenya actual',
  'account.password.submit': 'Canvia la contrasenya',
  'account.password.changed': 'S’ha canviat la contrasenya.',
  'account.error.currentPassword': 'Aquesta no és la teva contrasenya actual.',
  'account.sessions.title': 'Tanca la sessió a tot arreu',
  'account.sessions.hint':
    'Es tancarà la sessió a tots els dispositius i navegadors on l’hagis iniciat, inclòs aquest.',
  'account.sessions.submit': 'Tanca la sessió a tots els dispositius',
  'account.delete.title': 'Suprimeix el compte',
  'account.delete.hint': 'Això suprimeix el compte i tot el que hi ha desat. No es pot desfer.',
  'account.delete.word': 'suprimeix',
  'account.delete.field': 'Per confirmar-ho, escriviu «{word}»',
  'account.delete.submit': 'Suprimeix el compte',
  'account.delete.mismatch': 'Escriviu «{word}» per confirmar-ho.',
  'account.delete.done': 'S’ha suprimit el compte.',
};
