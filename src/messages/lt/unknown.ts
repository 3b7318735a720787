import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Šis prisijungimo veiksmas nepalaikomas',
  'hint.unknownStep':
    'Prisijungiant prašoma veiksmo, kurio šis puslapis negali parodyti ({step}). Grįžkite ir bandykite dar kartą arba kreipkitės į pagalbos tarnybą.',
};
