import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'પ્રોફાઇલ',
  'account.profile.submit': 'સાચવો',
  'account.profile.saved': 'તમારી પ્રોફાઇલ સાચવવામાં આવી છે.',
  'account.profile.pending': 'તમે કોડ દાખલ ન કરો ત્યાં સુધી, તમે {old} વડે જ સાઇન ઇન કરશો.',
  'account.profile.confirmed': 'પુષ્ટિ થઈ. હવે તમે {value} વડે સાઇન ઇન કરો છો.',
  'account.profile.cancel': 'રદ કરો',
};
