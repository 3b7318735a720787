import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profiel',
  'account.profile.submit': 'Opslaan',
  'account.profile.saved': 'Je profiel is opgeslagen.',
  'account.profile.pending': 'Tot je de code invult, log je nog steeds in met {old}.',
  'account.profile.confirmed': 'Bevestigd. Je logt nu in met {value}.',
  'account.profile.cancel': 'Annuleren',
};
