import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Girişin bu addımı dəstəklənmir',
  'hint.unknownStep':
    'Giriş bu səhifənin göstərə bilmədiyi addım tələb etdi ({step}). Geri qayıdıb yenidən cəhd edin və ya dəstək xidməti ilə əlaqə saxlayın.',
};
