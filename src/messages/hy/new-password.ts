import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Ընտրեք նոր գաղտնաբառ',
  'hint.newPassword': 'Շարունակելուց առաջ ժամանակավոր գաղտնաբառը պետք է փոխարինեք նորով։',
  'hint.missingAttributes': 'Մեզ պետք են ևս մի քանի տվյալներ։',
};
