import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'نوی پټنوم وټاکئ',
  'hint.newPassword': 'مخکې له دې چې دوام ورکړئ، لنډمهاله پټنوم باید بدل کړئ.',
  'hint.missingAttributes': 'موږ یو څو نور معلومات هم غواړو.',
};
