import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Създайте нова парола',
  'hint.newPassword': 'Преди да продължите, трябва да смените временната си парола.',
  'hint.missingAttributes': 'Нужни са ни още няколко данни.',
};
