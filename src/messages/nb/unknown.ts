import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Dette påloggingstrinnet støttes ikke',
  'hint.unknownStep':
    'Påloggingen ba om et trinn som denne siden ikke kan vise ({step}). Gå tilbake og prøv igjen, eller kontakt kundestøtte.',
};
