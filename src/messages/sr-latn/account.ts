import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Niste prijavljeni. Prijavite se da biste upravljali nalogom.',
  'account.password.title': 'Promena lozinke',
  'account.field.currentPassword': 'Trenutna lozinka',
  'account.password.submit': 'Promeni lozinku',
  'account.password.changed': 'Lozinka je promenjena.',
  'account.error.currentPassword': 'To nije vaša trenutna lozinka.',
  'account.sessions.title': 'Odjava sa svih mesta',
  'account.sessions.hint':
    'Bićete odjavljeni sa svih uređaja i pregledača na kojima ste prijavljeni, uključujući ovaj.',
  'account.sessions.submit': 'Odjavi se sa svih uređaja',
  'account.delete.title': 'Izbrišite nalog',
  'account.delete.hint': 'Ovim se brišu vaš nalog i sve što je u njemu sačuvano. Radnja se ne može opozvati.',
  'account.delete.word': 'izbriši',
  'account.delete.field': 'Da biste potvrdili, upišite „{word}“',
  'account.delete.submit': 'Izbriši nalog',
  'account.delete.mismatch': 'Upišite „{word}“ da biste potvrdili.',
  'account.delete.done': 'Vaš nalog je izbrisan.',
};
