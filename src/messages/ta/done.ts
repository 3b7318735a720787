import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'வெளியேறு',
  'step.DONE.title': 'உள்நுழைந்துவிட்டீர்கள்',
  'hint.signedInAs': '{username} ஆக உள்நுழைந்துள்ளீர்கள்',
};
