import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': '¿Olvidaste tu contraseña?',
  'social.or': 'o',
  'step.SIGN_IN.title': 'Iniciar sesión',
  'social.continueWith': 'Continuar con {provider}',
};
