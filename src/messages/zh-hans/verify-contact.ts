import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': '验证您的联系方式',
  'hint.verifyContact': '请验证我们联系您的方式，以便您在忘记密码时可以重置。',
  'action.verifyContact.email': '通过邮件发送验证码',
  'action.verifyContact.phone_number': '通过短信发送验证码',
};
