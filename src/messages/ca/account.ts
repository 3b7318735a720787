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
  'account.passkeys.title': 'Claus d’accés',
  'account.passkeys.hint':
    'Inicia la sessió amb l’empremta, la cara o el bloqueig de pantalla en lloc d’una contrasenya.',
  'account.passkeys.empty': 'Encara no has afegit cap clau d’accés.',
  'account.passkeys.add': 'Afegeix una clau d’accés',
  'account.passkeys.unnamed': 'Clau d’accés',
  'account.passkeys.created': 'Afegida el {date}',
  'account.passkeys.remove': 'Suprimeix',
  'account.passkeys.confirm': 'Vols suprimir «{name}»? Ja no podràs iniciar la sessió amb aquesta clau.',
  'account.passkeys.confirmSubmit': 'Suprimeix la clau d’accés',
  'account.passkeys.keep': 'Conserva-la',
  'account.passkeys.added':
    'S’ha afegit la clau d’accés. La podràs fer servir la pròxima vegada que iniciïs la sessió.',
  'account.passkeys.deleted': 'S’ha suprimit la clau d’accés.',
  'account.devices.title': 'Dispositius recordats',
  'account.devices.hint': 'Aquests dispositius poden iniciar la sessió sense codi de verificació.',
  'account.devices.empty': 'No hi ha cap dispositiu recordat.',
  'account.devices.this': 'Aquest dispositiu',
  'account.devices.unnamed': 'Dispositiu sense nom',
  'account.devices.forget': 'Oblida',
  'account.devices.forgetThis': 'Oblida aquest dispositiu',
  'account.devices.forgot':
    'S’ha oblidat el dispositiu. Necessitarà un codi de verificació el pròxim cop que iniciï la sessió.',
  'account.devices.forgotThis':
    'S’ha oblidat aquest dispositiu. Necessitaràs un codi de verificació la pròxima vegada que hi iniciïs la sessió.',
  'account.lastUsed': 'Últim ús: {date}',
  'account.list.retry': 'Torna-ho a provar',
};
