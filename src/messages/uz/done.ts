import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Chiqish',
  'step.DONE.title': 'Hisobingizga kirdingiz',
  'hint.signedInAs': '{username} sifatida kirdingiz',
};
