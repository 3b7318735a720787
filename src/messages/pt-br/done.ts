import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Sair',
  'step.DONE.title': 'Você entrou na sua conta',
  'hint.signedInAs': 'Você entrou como {username}',
};
