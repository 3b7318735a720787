import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Цей етап входу не підтримується',
  'hint.unknownStep':
    'Для входу потрібен етап, який ця сторінка не може показати ({step}). Поверніться назад і спробуйте ще раз або зверніться до служби підтримки.',
};
