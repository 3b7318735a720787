import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Nejste přihlášeni. Pro správu účtu se přihlaste.',
  'account.password.title': 'Změna hesla',
  'account.field.currentPassword': 'Současné heslo',
  'account.password.submit': 'Změnit heslo',
  'account.password.changed': 'Heslo bylo změněno.',
  'account.error.currentPassword': 'Toto není vaše současné heslo.',
  'account.sessions.title': 'Odhlášení všude',
  'account.sessions.hint': 'Odhlásí vás to na všech zařízeních a v prohlížečích, kde jste přihlášeni, včetně tohoto.',
  'account.sessions.submit': 'Odhlásit ze všech zařízení',
  'account.delete.title': 'Smazat účet',
  'account.delete.hint': 'Tím smažete svůj účet a vše, co je v něm uložené. Tuto akci nelze vrátit.',
  'account.delete.word': 'smazat',
  'account.delete.field': 'Pro potvrzení napište „{word}“',
  'account.delete.submit': 'Smazat účet',
  'account.delete.mismatch': 'Pro potvrzení napište „{word}“.',
  'account.delete.done': 'Váš účet byl smazán.',
};
