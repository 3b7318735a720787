import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Kirishning bu bosqichi qoʻllab-quvvatlanmaydi',
  'hint.unknownStep':
    'Kirish jarayoni bu sahifa koʻrsata olmaydigan bosqichni soʻradi ({step}). Orqaga qaytib, qayta urining yoki yordam xizmatiga murojaat qiling.',
};
