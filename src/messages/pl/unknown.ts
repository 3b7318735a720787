import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Ten etap logowania nie jest obsługiwany',
  'hint.unknownStep':
    'Logowanie wymaga etapu, którego ta strona nie może wyświetlić ({step}). Wróć i spróbuj ponownie lub skontaktuj się z pomocą techniczną.',
};
