import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Esqueceu sua senha?',
  'social.or': 'ou',
  'step.SIGN_IN.title': 'Entrar',
  'social.continueWith': 'Continuar com {provider}',
};
