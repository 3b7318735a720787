import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'ይህ የመግቢያ ደረጃ አይደገፍም',
  'hint.unknownStep': 'መግቢያው ይህ ገጽ ሊያሳየው የማይችለውን ደረጃ ጠይቋል ({step})። ተመልሰው እንደገና ይሞክሩ ወይም ድጋፍን ያግኙ።',
};
