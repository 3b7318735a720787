import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Enregistrer',
  'account.profile.saved': 'Votre profil a été enregistré.',
  'account.profile.pending': 'Tant que vous n’avez pas saisi le code, vous continuez à vous connecter avec {old}.',
  'account.profile.confirmed': 'Confirmé. Vous vous connectez désormais avec {value}.',
  'account.profile.cancel': 'Annuler',
};
