import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Choisissez un nouveau mot de passe',
  'hint.newPassword': 'Vous devez remplacer votre mot de passe temporaire avant de continuer.',
  'hint.missingAttributes': 'Nous avons besoin de quelques informations supplémentaires.',
};
