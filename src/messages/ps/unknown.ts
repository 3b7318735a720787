import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'د ننوتلو د دې ګام ملاتړ نه کېږي',
  'hint.unknownStep':
    'ننوتل داسې ګام غواړي چې دا پاڼه یې نشي ښودلای ({step}). بېرته لاړ شئ او بیا هڅه وکړئ، یا له ملاتړ سره اړیکه ونیسئ.',
};
