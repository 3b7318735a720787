import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Verificējiet kontaktinformāciju',
  'hint.verifyContact': 'Verificējiet, kā varam ar jums sazināties, lai varētu atiestatīt paroli, ja to aizmirsīsiet.',
  'action.verifyContact.email': 'Sūtīt man kodu e-pastā',
  'action.verifyContact.phone_number': 'Sūtīt man kodu īsziņā',
};
