import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Tria una contrasenya nova',
  'hint.newPassword': 'Abans de continuar, has de substituir la contrasenya temporal.',
  'hint.missingAttributes': 'També necessitem algunes dades més.',
};
