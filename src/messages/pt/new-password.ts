import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Escolha uma nova palavra-passe',
  'hint.newPassword': 'Tem de substituir a sua palavra-passe temporária antes de continuar.',
  'hint.missingAttributes': 'Precisamos de mais alguns dados.',
};
