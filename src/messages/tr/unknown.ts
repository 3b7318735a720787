import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Bu oturum açma adımı desteklenmiyor',
  'hint.unknownStep':
    'Oturum açma işlemi, bu sayfanın gösteremediği bir adım istedi ({step}). Geri dönüp tekrar deneyin veya destek ekibiyle iletişime geçin.',
};
