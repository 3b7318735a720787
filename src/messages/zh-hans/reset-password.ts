import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': '发送验证码',
  'step.RESET_PASSWORD.title': '重置密码',
  'step.CONFIRM_RESET_PASSWORD.title': '设置新密码',
  'hint.resetPassword': '我们将发送验证码，用于重置此账号的密码。',
  'hint.confirmResetPassword': '请输入我们发送至 {destination} 的验证码，并设置新密码。',
  'hint.confirmResetPasswordNoDestination': '请输入我们发送给您的验证码，并设置新密码。',
};
