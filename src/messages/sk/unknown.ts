import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Tento krok prihlásenia nie je podporovaný',
  'hint.unknownStep':
    'Prihlásenie vyžaduje krok, ktorý táto stránka nevie zobraziť ({step}). Vráťte sa a skúste to znova alebo kontaktujte podporu.',
};
