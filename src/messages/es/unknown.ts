import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Este paso de inicio de sesión no es compatible',
  'hint.unknownStep':
    'El inicio de sesión ha solicitado un paso que esta página no puede mostrar ({step}). Vuelve atrás e inténtalo de nuevo, o ponte en contacto con el equipo de soporte.',
};
