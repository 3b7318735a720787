import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'این مرحله ورود پشتیبانی نمی‌شود',
  'hint.unknownStep':
    'فرایند ورود مرحله‌ای را درخواست کرد که این صفحه نمی‌تواند نشان دهد ({step}). برگردید و دوباره امتحان کنید یا با پشتیبانی تماس بگیرید.',
};
