import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Nu ești conectat. Conectează-te ca să îți gestionezi contul.',
  'account.password.title': 'Schimbă parola',
  'account.field.currentPassword': 'Parola actuală',
  'account.password.submit': 'Schimbă parola',
  'account.password.changed': 'Parola a fost schimbată.',
  'account.error.currentPassword': 'Aceasta nu este parola ta actuală.',
  'account.sessions.title': 'Deconectare de peste tot',
  'account.sessions.hint':
    'Vei fi deconectat de pe toate dispozitivele și browserele pe care ești conectat, inclusiv de pe acesta.',
  'account.sessions.submit': 'Deconectează-te de pe toate dispozitivele',
  'account.delete.title': 'Ștergeți contul',
  'account.delete.hint': 'Astfel se șterg contul dvs. și tot ce este salvat în el. Acțiunea nu poate fi anulată.',
  'account.delete.word': 'șterge',
  'account.delete.field': 'Pentru confirmare, tastați „{word}”',
  'account.delete.submit': 'Ștergeți contul',
  'account.delete.mismatch': 'Tastați „{word}” pentru confirmare.',
  'account.delete.done': 'Contul dvs. a fost șters.',
};
