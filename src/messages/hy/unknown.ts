import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Մուտքի այս քայլը չի աջակցվում',
  'hint.unknownStep':
    'Մուտքի համար պահանջվում է քայլ, որը այս էջը չի կարող ցուցադրել ({step})։ Վերադարձեք և նորից փորձեք կամ դիմեք աջակցման ծառայությանը։',
};
