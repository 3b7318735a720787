import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Bayanan martaba',
  'account.profile.submit': 'Adana',
  'account.profile.saved': 'An adana bayanan martabarku.',
  'account.profile.pending': 'Har sai kun shigar da lambar, za ku ci gaba da shiga da {old}.',
  'account.profile.confirmed': 'An tabbatar. Yanzu za ku shiga da {value}.',
  'account.profile.cancel': 'Soke',
};
