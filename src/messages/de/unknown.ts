import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Dieser Anmeldeschritt wird nicht unterstützt',
  'hint.unknownStep':
    'Die Anmeldung verlangt einen Schritt, den diese Seite nicht anzeigen kann ({step}). Gehen Sie zurück und versuchen Sie es noch einmal oder wenden Sie sich an den Support.',
};
