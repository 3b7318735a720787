import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'گذرواژه جدیدی انتخاب کنید',
  'hint.newPassword': 'برای ادامه، باید گذرواژه موقتتان را عوض کنید.',
  'hint.missingAttributes': 'چند مورد اطلاعات دیگر هم لازم داریم.',
};
