import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Жаңа құпия сөз ойлап табыңыз',
  'hint.newPassword': 'Жалғастыру үшін уақытша құпия сөзді жаңасымен ауыстырыңыз.',
  'hint.missingAttributes': 'Бізге тағы бірнеше дерек керек.',
};
