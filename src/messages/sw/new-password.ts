import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Chagua nenosiri jipya',
  'hint.newPassword': 'Nenosiri lako la muda linapaswa kubadilishwa kabla ya kuendelea.',
  'hint.missingAttributes': 'Tunahitaji pia maelezo machache zaidi.',
};
