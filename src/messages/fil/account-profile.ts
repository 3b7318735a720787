import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profile',
  'account.profile.submit': 'I-save',
  'account.profile.saved': 'Na-save ang iyong profile.',
  'account.profile.pending': 'Hangga’t hindi mo inilalagay ang code, {old} pa rin ang gagamitin mo sa pag-sign in.',
  'account.profile.confirmed': 'Nakumpirma na. {value} na ang gagamitin mo sa pag-sign in.',
  'account.profile.cancel': 'Kanselahin',
};
