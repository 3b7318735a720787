import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'නව මුරපදයක් තෝරන්න',
  'hint.newPassword': 'ඉදිරියට යාමට පෙර ඔබේ තාවකාලික මුරපදය වෙනස් කළ යුතුය.',
  'hint.missingAttributes': 'අපට තවත් විස්තර කිහිපයක් අවශ්‍යයි.',
};
