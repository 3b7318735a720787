import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Tuma msimbo',
  'step.RESET_PASSWORD.title': 'Weka upya nenosiri lako',
  'step.CONFIRM_RESET_PASSWORD.title': 'Chagua nenosiri jipya',
  'hint.resetPassword': 'Tutatuma msimbo wa kuweka upya nenosiri la akaunti hii.',
  'hint.confirmResetPassword': 'Weka msimbo tuliotuma kwa {destination} kisha uchague nenosiri jipya.',
  'hint.confirmResetPasswordNoDestination': 'Weka msimbo tuliokutumia kisha uchague nenosiri jipya.',
};
