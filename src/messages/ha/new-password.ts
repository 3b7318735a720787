import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Zaɓi sabuwar kalmar sirri',
  'hint.newPassword': 'Dole ne a canza kalmar sirrinku ta wucin gadi kafin ku ci gaba.',
  'hint.missingAttributes': 'Muna kuma buƙatar wasu ƙarin bayanai.',
};
