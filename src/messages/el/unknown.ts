import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Αυτό το βήμα σύνδεσης δεν υποστηρίζεται',
  'hint.unknownStep':
    'Η σύνδεση ζήτησε ένα βήμα που δεν μπορεί να εμφανιστεί σε αυτή τη σελίδα ({step}). Επιστρέψτε και δοκιμάστε ξανά ή επικοινωνήστε με την υποστήριξη.',
};
