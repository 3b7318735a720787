import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Halda áfram',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Settu upp staðfestingu með tölvupósti',
  'hint.emailSetup': 'Sláðu inn netfangið sem við eigum að senda innskráningarkóða á.',
};
