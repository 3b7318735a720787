import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Придумайте новый пароль',
  'hint.newPassword': 'Чтобы продолжить, замените временный пароль на новый.',
  'hint.missingAttributes': 'Укажите ещё несколько данных.',
};
