import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Langkah masuk ini tidak didukung',
  'hint.unknownStep':
    'Proses masuk meminta langkah yang tidak dapat ditampilkan di halaman ini ({step}). Kembali dan coba lagi, atau hubungi dukungan.',
};
