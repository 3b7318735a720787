import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': '連絡先の確認',
  'hint.verifyContact': 'パスワードを忘れたときに再設定できるよう、連絡先を確認してください。',
  'action.verifyContact.email': 'メールでコードを受け取る',
  'action.verifyContact.phone_number': 'SMS でコードを受け取る',
};
