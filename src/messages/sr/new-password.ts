import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Изаберите нову лозинку',
  'hint.newPassword': 'Пре него што наставите, привремену лозинку треба да замените новом.',
  'hint.missingAttributes': 'Потребно нам је још неколико података.',
};
