import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Esta etapa de login não é compatível',
  'hint.unknownStep':
    'O login pediu uma etapa que esta página não consegue exibir ({step}). Volte e tente novamente ou entre em contato com o suporte.',
};
