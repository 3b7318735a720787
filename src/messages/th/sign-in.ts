import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'ลืมรหัสผ่าน?',
  'social.or': 'หรือ',
  'step.SIGN_IN.title': 'ลงชื่อเข้าใช้',
  'social.continueWith': 'ดำเนินการต่อด้วย {provider}',
};
