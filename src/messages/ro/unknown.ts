import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Acest pas de conectare nu este acceptat',
  'hint.unknownStep':
    'Conectarea a solicitat un pas pe care această pagină nu îl poate afișa ({step}). Reveniți și încercați din nou sau contactați asistența.',
};
