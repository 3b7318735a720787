import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Пошаљи кôд',
  'step.RESET_PASSWORD.title': 'Ресетујте лозинку',
  'step.CONFIRM_RESET_PASSWORD.title': 'Изаберите нову лозинку',
  'hint.resetPassword': 'Послаћемо кôд за ресетовање лозинке овог налога.',
  'hint.confirmResetPassword': 'Унесите кôд који смо послали на {destination} и изаберите нову лозинку.',
  'hint.confirmResetPasswordNoDestination': 'Унесите кôд који смо вам послали и изаберите нову лозинку.',
};
