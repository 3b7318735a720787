import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Davom etish',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Email orqali tekshiruvni sozlang',
  'hint.emailSetup': 'Kirish kodlarini qaysi email manziliga yuborishimizni kiriting.',
};
