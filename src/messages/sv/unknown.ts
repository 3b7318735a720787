import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Det här inloggningssteget stöds inte',
  'hint.unknownStep':
    'Inloggningen kräver ett steg som den här sidan inte kan visa ({step}). Gå tillbaka och försök igen, eller kontakta supporten.',
};
