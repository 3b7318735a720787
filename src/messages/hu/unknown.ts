import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Ez a bejelentkezési lépés nem támogatott',
  'hint.unknownStep':
    'A bejelentkezés olyan lépést kért, amelyet ez az oldal nem tud megjeleníteni ({step}). Lépjen vissza, és próbálja újra, vagy forduljon az ügyfélszolgálathoz.',
};
