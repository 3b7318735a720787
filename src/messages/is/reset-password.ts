import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Senda kóða',
  'step.RESET_PASSWORD.title': 'Endurstilltu aðgangsorðið',
  'step.CONFIRM_RESET_PASSWORD.title': 'Veldu nýtt aðgangsorð',
  'hint.resetPassword': 'Við sendum kóða til að endurstilla aðgangsorð þessa reiknings.',
  'hint.confirmResetPassword': 'Sláðu inn kóðann sem við sendum á {destination} og veldu nýtt aðgangsorð.',
  'hint.confirmResetPasswordNoDestination': 'Sláðu inn kóðann sem við sendum þér og veldu nýtt aðgangsorð.',
};
