import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Tätä kirjautumisvaihetta ei tueta',
  'hint.unknownStep':
    'Kirjautuminen pyysi vaihetta, jota tämä sivu ei voi näyttää ({step}). Palaa takaisin ja yritä uudelleen tai ota yhteyttä tukeen.',
};
