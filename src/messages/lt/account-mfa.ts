import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Patvirtinimas dviem veiksmais',
  'account.mfa.off': 'Patvirtinimas dviem veiksmais išjungtas: prisijungiant prašoma tik slaptažodžio.',
  'account.mfa.hint': 'Prisijungiant prašoma slaptažodžio, o paskui – kodo iš pagrindinio būdo.',
  'account.mfa.retry': 'Bandyti dar kartą',
  'account.mfa.on': 'Įjungta',
  'account.mfa.preferred': 'Įjungta, pagrindinis būdas',
  'account.mfa.turnOn': 'Įjungti',
  'account.mfa.turnOff': 'Išjungti',
  'account.mfa.prefer': 'Padaryti pagrindiniu',
  'account.mfa.cancel': 'Atšaukti',
  'account.mfa.totpOn': 'Autentifikavimo programa įjungta. Kitą kartą prisijungdami įveskite jos rodomą kodą.',
  'account.mfa.saved': 'Pakeitimas išsaugotas.',
  'error.mfaLastRequired':
    'Šioje paskyroje patvirtinimas dviem veiksmais privalomas. Prieš išjungdami šį būdą, įjunkite kitą.',
};
