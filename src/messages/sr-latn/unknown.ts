import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Ovaj korak prijavljivanja nije podržan',
  'hint.unknownStep':
    'Prijavljivanje zahteva korak koji ova stranica ne može da prikaže ({step}). Vratite se i pokušajte ponovo ili se obratite podršci.',
};
