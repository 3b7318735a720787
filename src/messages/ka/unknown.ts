import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'შესვლის ეს ნაბიჯი არ არის მხარდაჭერილი',
  'hint.unknownStep':
    'შესვლა ითხოვს ნაბიჯს, რომლის ჩვენებაც ამ გვერდს არ შეუძლია ({step}). დაბრუნდით და ცადეთ ხელახლა, ან მიმართეთ მხარდაჭერის სამსახურს.',
};
