import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Створіть новий пароль',
  'hint.newPassword': 'Щоб продовжити, замініть тимчасовий пароль на новий.',
  'hint.missingAttributes': 'Укажіть ще кілька даних.',
};
