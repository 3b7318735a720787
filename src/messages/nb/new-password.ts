import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Velg et nytt passord',
  'hint.newPassword': 'Du må bytte ut det midlertidige passordet før du kan fortsette.',
  'hint.missingAttributes': 'Vi trenger noen flere opplysninger.',
};
