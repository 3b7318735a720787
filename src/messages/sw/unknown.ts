import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Hatua hii ya kuingia haitumiki',
  'hint.unknownStep':
    'Mchakato wa kuingia umeomba hatua ambayo ukurasa huu hauwezi kuonyesha ({step}). Rudi nyuma ujaribu tena, au wasiliana na timu ya usaidizi.',
};
