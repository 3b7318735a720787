import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Endelea',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Weka mipangilio ya uthibitishaji kwa barua pepe',
  'hint.emailSetup': 'Weka anwani ya barua pepe tutakayotumia kukutumia misimbo ya kuingia.',
};
