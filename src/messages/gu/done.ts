import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'સાઇન આઉટ કરો',
  'step.DONE.title': 'તમે સાઇન ઇન કરી લીધું છે',
  'hint.signedInAs': '{username} તરીકે સાઇન ઇન કર્યું',
};
