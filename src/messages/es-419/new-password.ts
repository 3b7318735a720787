import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Elige una contraseña nueva',
  'hint.newPassword': 'Debes reemplazar tu contraseña temporal antes de continuar.',
  'hint.missingAttributes': 'Necesitamos algunos datos más.',
};
