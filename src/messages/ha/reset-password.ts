import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Aika lamba',
  'step.RESET_PASSWORD.title': 'Sake saita kalmar sirrinku',
  'step.CONFIRM_RESET_PASSWORD.title': 'Zaɓi sabuwar kalmar sirri',
  'hint.resetPassword': 'Za mu aika lamba don sake saita kalmar sirrin wannan asusun.',
  'hint.confirmResetPassword': 'Shigar da lambar da muka aika zuwa {destination} sannan ku zaɓi sabuwar kalmar sirri.',
  'hint.confirmResetPasswordNoDestination': 'Shigar da lambar da muka aika muku sannan ku zaɓi sabuwar kalmar sirri.',
};
