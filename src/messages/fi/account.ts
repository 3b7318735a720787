import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Et ole kirjautunut sisään. Kirjaudu sisään hallitaksesi tiliäsi.',
  'account.password.title': 'Vaihda salasana',
  'account.field.currentPassword': 'Nykyinen salasana',
  'account.password.submit': 'Vaihda salasana',
  'account.password.changed': 'Salasanasi on vaihdettu.',
  'account.error.currentPassword': 'Tämä ei ole nykyinen salasanasi.',
  'account.sessions.title': 'Kirjaudu ulos kaikkialta',
  'account.sessions.hint':
    'Sinut kirjataan ulos kaikilla laitteilla ja selaimilla, joilla olet kirjautuneena, myös tällä.',
  'account.sessions.submit': 'Kirjaudu ulos kaikilta laitteilta',
  'account.delete.title': 'Poista tili',
  'account.delete.hint': 'Tämä poistaa tilisi ja kaiken siihen tallennetun. Toimintoa ei voi perua.',
  'account.delete.word': 'poista',
  'account.delete.field': 'Vahvista kirjoittamalla ”{word}”',
  'account.delete.submit': 'Poista tili',
  'account.delete.mismatch': 'Vahvista kirjoittamalla ”{word}”.',
  'account.delete.done': 'Tilisi on poistettu.',
};
