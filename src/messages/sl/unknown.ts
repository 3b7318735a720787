import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Ta korak prijave ni podprt',
  'hint.unknownStep':
    'Prijava zahteva korak, ki ga ta stran ne more prikazati ({step}). Vrnite se in poskusite znova ali se obrnite na podporo.',
};
