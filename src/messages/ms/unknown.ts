import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Langkah log masuk ini tidak disokong',
  'hint.unknownStep':
    'Log masuk meminta langkah yang tidak dapat dipaparkan oleh halaman ini ({step}). Kembali dan cuba lagi, atau hubungi sokongan.',
};
