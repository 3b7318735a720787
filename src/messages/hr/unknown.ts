import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Ovaj korak prijave nije podržan',
  'hint.unknownStep':
    'Prijava traži korak koji ova stranica ne može prikazati ({step}). Vratite se i pokušajte ponovno ili se obratite podršci.',
};
