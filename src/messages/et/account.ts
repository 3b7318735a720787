import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Te pole sisse logitud. Konto haldamiseks logige sisse.',
  'account.password.title': 'Parooli muutmine',
  'account.field.currentPassword': 'Praegune parool',
  'account.password.submit': 'Muuda parooli',
  'account.password.changed': 'Teie parool on muudetud.',
  'account.error.currentPassword': 'See pole teie praegune parool.',
  'account.sessions.title': 'Logi kõikjalt välja',
  'account.sessions.hint':
    'See logib teid välja kõigist seadmetest ja brauseritest, kus olete sisse logitud, ka sellest.',
  'account.sessions.submit': 'Logi välja kõigist seadmetest',
  'account.delete.title': 'Kustuta konto',
  'account.delete.hint': 'See kustutab teie konto ja kõik sellesse salvestatu. Seda ei saa tagasi võtta.',
  'account.delete.word': 'kustuta',
  'account.delete.field': 'Kinnitamiseks sisestage „{word}“',
  'account.delete.submit': 'Kustuta konto',
  'account.delete.mismatch': 'Kinnitamiseks sisestage „{word}“.',
  'account.delete.done': 'Teie konto on kustutatud.',
};
