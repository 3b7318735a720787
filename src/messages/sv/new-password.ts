import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Välj ett nytt lösenord',
  'hint.newPassword': 'Du måste byta ut ditt tillfälliga lösenord innan du kan fortsätta.',
  'hint.missingAttributes': 'Vi behöver några fler uppgifter.',
};
