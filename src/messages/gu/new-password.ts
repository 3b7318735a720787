import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'નવો પાસવર્ડ પસંદ કરો',
  'hint.newPassword': 'આગળ વધતા પહેલાં તમારે તમારો કામચલાઉ પાસવર્ડ બદલવો પડશે.',
  'hint.missingAttributes': 'અમને થોડી વધુ વિગતોની પણ જરૂર છે.',
};
