import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Kaheastmeline kinnitamine',
  'account.mfa.off': 'Kaheastmeline kinnitamine on välja lülitatud: sisselogimisel küsitakse ainult parooli.',
  'account.mfa.hint': 'Sisselogimisel küsitakse parooli ja seejärel esmase meetodi koodi.',
  'account.mfa.retry': 'Proovige uuesti',
  'account.mfa.on': 'Sees',
  'account.mfa.preferred': 'Sees, kasutatakse esimesena',
  'account.mfa.turnOn': 'Lülita sisse',
  'account.mfa.turnOff': 'Lülita välja',
  'account.mfa.prefer': 'Kasuta esimesena',
  'account.mfa.cancel': 'Tühista',
  'account.mfa.totpOn':
    'Autentimisrakendus on sisse lülitatud. Sisestage järgmisel sisselogimisel kood, mida see näitab.',
  'account.mfa.saved': 'Muudatus on salvestatud.',
  'error.mfaLastRequired':
    'Selle konto kaheastmeline kinnitamine peab jääma sisse. Enne selle meetodi väljalülitamist lülitage sisse mõni teine.',
};
