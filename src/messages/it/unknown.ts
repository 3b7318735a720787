import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Questo passaggio di accesso non è supportato',
  'hint.unknownStep':
    'L’accesso ha richiesto un passaggio che questa pagina non può mostrare ({step}). Torna indietro e riprova oppure contatta l’assistenza.',
};
