import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Нэвтрэх энэ алхмыг дэмждэггүй',
  'hint.unknownStep':
    'Нэвтрэхэд энэ хуудас харуулах боломжгүй алхам шаардлагатай байна ({step}). Буцаад дахин оролдох эсвэл тусламжийн төвд хандана уу.',
};
