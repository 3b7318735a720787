import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Этот этап входа не поддерживается',
  'hint.unknownStep':
    'Для входа требуется этап, который эта страница не может показать ({step}). Вернитесь назад и повторите попытку или обратитесь в службу поддержки.',
};
