import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Aquest pas de l’inici de sessió no és compatible',
  'hint.unknownStep':
    'L’inici de sessió demana un pas que aquesta pàgina no pot mostrar ({step}). Torna enrere i prova-ho de nou, o contacta amb el servei d’assistència.',
};
