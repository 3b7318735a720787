import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': '创建您的账号',
  'hint.phoneNumber': '请以 + 和国家/地区代码开头，例如 +14255550100。',
  'hint.signUpNoPassword': '无需密码：您将使用我们发送的验证码登录。',
  'action.haveAccount': '已有账号？登录',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': '请查收邮件',
  'hint.signUpLink': '我们已向 {destination} 发送了一个链接。打开链接即可验证您的账号，本页面会自动继续。',
  'hint.signUpLinkNoDestination': '我们已向您发送了一个链接。打开链接即可验证您的账号，本页面会自动继续。',
  'action.resendLink': '重新发送链接',
};
