import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Šī pierakstīšanās darbība netiek atbalstīta',
  'hint.unknownStep':
    'Pierakstīšanās pieprasa darbību, ko šī lapa nevar parādīt ({step}). Atgriezieties un mēģiniet vēlreiz vai sazinieties ar atbalsta dienestu.',
};
