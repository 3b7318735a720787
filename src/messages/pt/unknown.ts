import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Este passo de início de sessão não é suportado',
  'hint.unknownStep':
    'O início de sessão pediu um passo que esta página não consegue apresentar ({step}). Volte atrás e tente novamente ou contacte o apoio.',
};
