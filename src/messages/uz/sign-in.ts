import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Parolni unutdingizmi?',
  'social.or': 'yoki',
  'step.SIGN_IN.title': 'Kirish',
  'social.continueWith': '{provider} orqali davom etish',
};
