import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Dette logintrin understøttes ikke',
  'hint.unknownStep':
    'Login kræver et trin, som denne side ikke kan vise ({step}). Gå tilbage, og prøv igen, eller kontakt support.',
};
