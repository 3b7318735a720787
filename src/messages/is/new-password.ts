import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Veldu nýtt aðgangsorð',
  'hint.newPassword': 'Skipta þarf út tímabundna aðgangsorðinu áður en þú heldur áfram.',
  'hint.missingAttributes': 'Við þurfum líka nokkrar upplýsingar í viðbót.',
};
