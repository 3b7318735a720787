import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Niste prijavljeni. Za upravljanje računa se prijavite.',
  'account.password.title': 'Spremenite geslo',
  'account.field.currentPassword': 'Trenutno geslo',
  'account.password.submit': 'Spremeni geslo',
  'account.password.changed': 'Vaše geslo je bilo spremenjeno.',
  'account.error.currentPassword': 'To ni vaše trenutno geslo.',
  'account.sessions.title': 'Odjava povsod',
  'account.sessions.hint':
    'S tem se odjavite iz vseh naprav in brskalnikov, v katerih ste prijavljeni, vključno s tem.',
  'account.sessions.submit': 'Odjava iz vseh naprav',
  'account.delete.title': 'Izbriši račun',
  'account.delete.hint': 'S tem izbrišete svoj račun in vse, kar je shranjeno v njem. Dejanja ni mogoče razveljaviti.',
  'account.delete.word': 'izbriši',
  'account.delete.field': 'Za potrditev vnesite »{word}«',
  'account.delete.submit': 'Izbriši račun',
  'account.delete.mismatch': 'Za potrditev vnesite »{word}«.',
  'account.delete.done': 'Vaš račun je izbrisan.',
};
