import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Кірудің бұл қадамына қолдау көрсетілмейді',
  'hint.unknownStep':
    'Кіру үшін бұл бет көрсете алмайтын қадам қажет ({step}). Артқа оралып, қайталап көріңіз немесе қолдау қызметіне хабарласыңыз.',
};
