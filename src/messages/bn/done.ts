import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'সাইন-আউট করুন',
  'step.DONE.title': 'আপনি সাইন-ইন করেছেন',
  'hint.signedInAs': '{username} হিসেবে সাইন-ইন করেছেন',
};
