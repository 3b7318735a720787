import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Seda sisselogimise sammu ei toetata',
  'hint.unknownStep':
    'Sisselogimine nõuab sammu, mida see leht kuvada ei saa ({step}). Minge tagasi ja proovige uuesti või võtke ühendust toega.',
};
