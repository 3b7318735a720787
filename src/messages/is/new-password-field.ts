import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nýtt aðgangsorð',
  'field.confirmPassword': 'Staðfestu nýja aðgangsorðið',
  'password.rules': 'Aðgangsorðið þarf að innihalda:',
  'password.rule.minLength.one': 'Að minnsta kosti {count} staf',
  'password.rule.minLength.other': 'Að minnsta kosti {count} stafi',
  'password.rule.lowercase': 'Lágstaf (a–z)',
  'password.rule.uppercase': 'Hástaf (A–Z)',
  'password.rule.number': 'Tölustaf (0–9)',
  'password.rule.symbol': 'Tákn, t.d. ! eða ?',
  'password.ruleMet': '{rule} (komið)',
  'password.ruleUnmet': '{rule} (vantar)',
  'action.showNewPassword': 'Sýna nýja aðgangsorðið',
  'action.showConfirmation': 'Sýna staðfestingu',
};
