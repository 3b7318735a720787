import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'সাইন-ইনের এই ধাপটি সমর্থিত নয়',
  'hint.unknownStep':
    'সাইন-ইনের জন্য এমন একটি ধাপ প্রয়োজন যা এই পেজ দেখাতে পারে না ({step})। ফিরে গিয়ে আবার চেষ্টা করুন, বা সহায়তা টিমের সাথে যোগাযোগ করুন।',
};
