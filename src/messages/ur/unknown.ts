import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'سائن ان کا یہ مرحلہ تعاون یافتہ نہیں ہے',
  'hint.unknownStep':
    'سائن ان کے لیے ایک ایسا مرحلہ درکار ہے جو یہ صفحہ نہیں دکھا سکتا ({step})۔ واپس جائیں اور دوبارہ کوشش کریں، یا سپورٹ سے رابطہ کریں۔',
};
