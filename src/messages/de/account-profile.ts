import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Speichern',
  'account.profile.saved': 'Ihr Profil wurde gespeichert.',
  'account.profile.pending': 'Bis Sie den Code eingeben, melden Sie sich weiterhin mit {old} an.',
  'account.profile.confirmed': 'Bestätigt. Sie melden sich jetzt mit {value} an.',
  'account.profile.cancel': 'Abbrechen',
};
