import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Cette étape de connexion n’est pas prise en charge',
  'hint.unknownStep':
    'La connexion demande une étape que cette page ne peut pas afficher ({step}). Revenez en arrière et réessayez, ou contactez l’assistance.',
};
