import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Valige uus parool',
  'hint.newPassword': 'Enne jätkamist tuleb ajutine parool uuega asendada.',
  'hint.missingAttributes': 'Vajame veel mõnda andmet.',
};
