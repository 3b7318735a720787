import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Kód küldése',
  'step.RESET_PASSWORD.title': 'Jelszó visszaállítása',
  'step.CONFIRM_RESET_PASSWORD.title': 'Válasszon új jelszót',
  'hint.resetPassword': 'Kódot küldünk a fiók jelszavának visszaállításához.',
  'hint.confirmResetPassword': 'Adja meg a kódot, amelyet ide küldtünk: {destination}. Ezután válasszon új jelszót.',
  'hint.confirmResetPasswordNoDestination': 'Adja meg a kapott kódot, majd válasszon új jelszót.',
};
