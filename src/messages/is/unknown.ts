import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Þetta innskráningarskref er ekki stutt',
  'hint.unknownStep':
    'Innskráningin bað um skref sem þessi síða getur ekki sýnt ({step}). Farðu til baka og reyndu aftur eða hafðu samband við þjónustuver.',
};
