import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Ba a tallafa wa wannan matakin shiga ba',
  'hint.unknownStep':
    'Shigar ta nemi matakin da wannan shafin ba zai iya nunawa ba ({step}). Koma baya ku sake gwadawa, ko ku tuntuɓi masu tallafi.',
};
