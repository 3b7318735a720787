import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'సైన్ ఇన్‌లోని ఈ దశకు సపోర్ట్ లేదు',
  'hint.unknownStep': 'ఈ పేజీ చూపించలేని దశను ({step}) సైన్ ఇన్ అడిగింది. వెనక్కి వెళ్లి మళ్లీ ప్రయత్నించండి, లేదా సపోర్ట్‌ను సంప్రదించండి.',
};
