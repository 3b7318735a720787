import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': '选择登录方式',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': '选择身份验证方式',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '设置两步验证',
  'choice.SMS': '短信',
  'choice.TOTP': '身份验证器应用',
  'choice.EMAIL': '电子邮件',
  'choice.PASSWORD': '密码',
  'choice.PASSWORD_SRP': '密码',
  'choice.EMAIL_OTP': '通过电子邮件接收验证码',
  'choice.SMS_OTP': '通过短信接收验证码',
  'choice.WEB_AUTHN': '通行密钥',
};
