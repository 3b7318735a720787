import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Kaksivaiheinen vahvistus',
  'account.mfa.off': 'Kaksivaiheinen vahvistus on pois päältä: kirjautuessa kysytään vain salasanaa.',
  'account.mfa.hint': 'Kirjautuessa kysytään salasanaa ja sen jälkeen koodia ensisijaisesta menetelmästä.',
  'account.mfa.retry': 'Yritä uudelleen',
  'account.mfa.on': 'Käytössä',
  'account.mfa.preferred': 'Käytössä, ensisijainen',
  'account.mfa.turnOn': 'Ota käyttöön',
  'account.mfa.turnOff': 'Poista käytöstä',
  'account.mfa.prefer': 'Tee ensisijaiseksi',
  'account.mfa.cancel': 'Peruuta',
  'account.mfa.totpOn': 'Todennussovellus on käytössä. Kun kirjaudut seuraavan kerran, anna sen näyttämä koodi.',
  'account.mfa.saved': 'Muutos tallennettiin.',
  'error.mfaLastRequired':
    'Tällä tilillä on oltava kaksivaiheinen vahvistus. Ota käyttöön toinen menetelmä ennen kuin poistat tämän käytöstä.',
};
