import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Kaydet',
  'account.profile.saved': 'Profiliniz kaydedildi.',
  'account.profile.pending': 'Kodu girene kadar yine {old} ile oturum açarsınız.',
  'account.profile.confirmed': 'Onaylandı. Artık {value} ile oturum açıyorsunuz.',
  'account.profile.cancel': 'İptal',
};
