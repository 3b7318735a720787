import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'ਸਾਈਨ-ਇਨ ਦਾ ਇਹ ਪੜਾਅ ਸਮਰਥਿਤ ਨਹੀਂ ਹੈ',
  'hint.unknownStep':
    'ਸਾਈਨ-ਇਨ ਨੇ ਇੱਕ ਅਜਿਹਾ ਪੜਾਅ ਮੰਗਿਆ ਜੋ ਇਹ ਪੰਨਾ ਨਹੀਂ ਦਿਖਾ ਸਕਦਾ ({step})। ਵਾਪਸ ਜਾ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਸਹਾਇਤਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।',
};
