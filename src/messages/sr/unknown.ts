import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Овај корак пријављивања није подржан',
  'hint.unknownStep':
    'Пријављивање захтева корак који ова страница не може да прикаже ({step}). Вратите се и покушајте поново или се обратите подршци.',
};
