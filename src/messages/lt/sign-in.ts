import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Pamiršote slaptažodį?',
  'social.or': 'arba',
  'step.SIGN_IN.title': 'Prisijungimas',
  'social.continueWith': 'Tęsti naudojant „{provider}“',
};
