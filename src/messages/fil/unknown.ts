import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Hindi sinusuportahan ang hakbang na ito sa pag-sign in',
  'hint.unknownStep':
    'Humingi ang pag-sign in ng hakbang na hindi maipakita ng page na ito ({step}). Bumalik at subukang muli, o makipag-ugnayan sa suporta.',
};
