import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Tento krok přihlášení není podporován',
  'hint.unknownStep':
    'Přihlášení vyžaduje krok, který tato stránka neumí zobrazit ({step}). Vraťte se a zkuste to znovu, nebo kontaktujte podporu.',
};
