import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': '继续',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': '设置电子邮件验证',
  'hint.emailSetup': '请输入用于接收登录验证码的电子邮箱地址。',
};
