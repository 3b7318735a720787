import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Crie uma nova senha',
  'hint.newPassword': 'Você precisa trocar sua senha temporária antes de continuar.',
  'hint.missingAttributes': 'Precisamos de mais algumas informações.',
};
