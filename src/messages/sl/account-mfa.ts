import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Preverjanje v dveh korakih',
  'account.mfa.off': 'Preverjanje v dveh korakih je izklopljeno: pri prijavi se zahteva samo geslo.',
  'account.mfa.hint': 'Pri prijavi se zahteva geslo, nato pa koda glavnega načina.',
  'account.mfa.retry': 'Poskusi znova',
  'account.mfa.on': 'Vklopljeno',
  'account.mfa.preferred': 'Vklopljeno, glavni način',
  'account.mfa.turnOn': 'Vklopi',
  'account.mfa.turnOff': 'Izklopi',
  'account.mfa.prefer': 'Nastavi za glavnega',
  'account.mfa.cancel': 'Prekliči',
  'account.mfa.totpOn':
    'Aplikacija za preverjanje pristnosti je vklopljena. Pri naslednji prijavi vnesite kodo, ki jo prikaže.',
  'account.mfa.saved': 'Sprememba je shranjena.',
  'error.mfaLastRequired':
    'Ta račun mora ohraniti preverjanje v dveh korakih. Preden izklopite ta način, vklopite drugega.',
};
