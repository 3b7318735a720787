import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Гэты этап уваходу не падтрымліваецца',
  'hint.unknownStep':
    'Для ўваходу патрэбны этап, які гэта старонка не можа паказаць ({step}). Вярніцеся і паспрабуйце зноў або звярніцеся ў службу падтрымкі.',
};
