import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Esqueceu-se da palavra-passe?',
  'social.or': 'ou',
  'step.SIGN_IN.title': 'Iniciar sessão',
  'social.continueWith': 'Continuar com {provider}',
};
