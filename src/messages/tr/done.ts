import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Oturumu kapat',
  'step.DONE.title': 'Oturum açtınız',
  'hint.signedInAs': '{username} olarak oturum açtınız',
};
