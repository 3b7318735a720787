import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': '新しいパスワードを設定してください',
  'hint.newPassword': '続行するには、仮パスワードを新しいパスワードに変更する必要があります。',
  'hint.missingAttributes': 'いくつかの情報を入力してください。',
};
