import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Тази стъпка за вход не се поддържа',
  'hint.unknownStep':
    'Входът изисква стъпка, която тази страница не може да покаже ({step}). Върнете се и опитайте отново или се свържете с екипа за поддръжка.',
};
