import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Deze inlogstap wordt niet ondersteund',
  'hint.unknownStep':
    'Het inloggen vraagt om een stap die deze pagina niet kan tonen ({step}). Ga terug en probeer het opnieuw, of neem contact op met support.',
};
