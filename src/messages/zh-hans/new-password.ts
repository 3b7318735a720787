import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': '设置新密码',
  'hint.newPassword': '您需要先将临时密码更换为新密码，才能继续。',
  'hint.missingAttributes': '我们还需要您补充一些信息。',
};
