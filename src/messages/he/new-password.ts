import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'בחירת סיסמה חדשה',
  'hint.newPassword': 'כדי להמשיך, צריך להחליף את הסיסמה הזמנית.',
  'hint.missingAttributes': 'נצטרך עוד כמה פרטים.',
};
