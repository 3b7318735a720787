import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Sūtīt kodu',
  'step.RESET_PASSWORD.title': 'Atiestatiet paroli',
  'step.CONFIRM_RESET_PASSWORD.title': 'Izvēlieties jaunu paroli',
  'hint.resetPassword': 'Mēs nosūtīsim kodu šī konta paroles atiestatīšanai.',
  'hint.confirmResetPassword': 'Ievadiet kodu, ko nosūtījām uz {destination}, un izvēlieties jaunu paroli.',
  'hint.confirmResetPasswordNoDestination': 'Ievadiet kodu, ko jums nosūtījām, un izvēlieties jaunu paroli.',
};
