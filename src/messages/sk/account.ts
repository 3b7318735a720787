import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Nie ste prihlásení. Ak chcete spravovať účet, prihláste sa.',
  'account.password.title': 'Zmena hesla',
  'account.field.currentPassword': 'Aktuálne heslo',
  'account.password.submit': 'Zmeniť heslo',
  'account.password.changed': 'Heslo bolo zmenené.',
  'account.error.currentPassword': 'Toto nie je vaše aktuálne heslo.',
  'account.sessions.title': 'Odhlásenie všade',
  'account.sessions.hint':
    'Odhlási vás to na všetkých zariadeniach a v prehliadačoch, kde ste prihlásení, vrátane tohto.',
  'account.sessions.submit': 'Odhlásiť zo všetkých zariadení',
  'account.delete.title': 'Odstrániť účet',
  'account.delete.hint': 'Týmto odstránite svoj účet a všetko, čo je v ňom uložené. Akciu nemožno vrátiť späť.',
  'account.delete.word': 'odstrániť',
  'account.delete.field': 'Na potvrdenie napíšte „{word}“',
  'account.delete.submit': 'Odstrániť účet',
  'account.delete.mismatch': 'Na potvrdenie napíšte „{word}“.',
  'account.delete.done': 'Váš účet bol odstránený.',
};
