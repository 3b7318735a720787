import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Valitse uusi salasana',
  'hint.newPassword': 'Väliaikainen salasanasi on vaihdettava ennen kuin voit jatkaa.',
  'hint.missingAttributes': 'Tarvitsemme vielä muutaman tiedon.',
};
