import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Vælg en ny adgangskode',
  'hint.newPassword': 'Din midlertidige adgangskode skal udskiftes, før du kan fortsætte.',
  'hint.missingAttributes': 'Vi har brug for nogle flere oplysninger.',
};
