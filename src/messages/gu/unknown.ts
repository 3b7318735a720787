import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'સાઇન ઇનનું આ પગલું સપોર્ટેડ નથી',
  'hint.unknownStep':
    'સાઇન ઇન માટે એવું પગલું જરૂરી છે જે આ પેજ બતાવી શકતું નથી ({step}). પાછા જઈને ફરી પ્રયાસ કરો અથવા સપોર્ટનો સંપર્ક કરો.',
};
