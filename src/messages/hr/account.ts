import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Niste prijavljeni. Prijavite se da biste upravljali računom.',
  'account.password.title': 'Promjena lozinke',
  'account.field.currentPassword': 'Trenutačna lozinka',
  'account.password.submit': 'Promijeni lozinku',
  'account.password.changed': 'Lozinka je promijenjena.',
  'account.error.currentPassword': 'To nije vaša trenutačna lozinka.',
  'account.sessions.title': 'Odjava sa svih mjesta',
  'account.sessions.hint': 'Odjavit ćete se sa svih uređaja i preglednika na kojima ste prijavljeni, uključujući ovaj.',
  'account.sessions.submit': 'Odjavi se sa svih uređaja',
  'account.delete.title': 'Izbriši račun',
  'account.delete.hint': 'Time se brišu vaš račun i sve što je u njemu spremljeno. Radnja se ne može poništiti.',
  'account.delete.word': 'izbriši',
  'account.delete.field': 'Za potvrdu upišite „{word}”',
  'account.delete.submit': 'Izbriši račun',
  'account.delete.mismatch': 'Za potvrdu upišite „{word}”.',
  'account.delete.done': 'Vaš je račun izbrisan.',
};
