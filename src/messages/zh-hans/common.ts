import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': '用户名',
  'field.password': '密码',
  'field.code': '验证码',
  'action.signIn': '登录',
  'action.confirm': '确认',
  'action.resendCode': '重新发送验证码',
  'action.backToSignIn': '返回登录',
  'action.changePassword': '修改密码',
  'action.working': '请稍候…',
  'action.showPassword': '显示密码',
  'action.resendCodeIn.other': '{count} 秒后可重新发送验证码',
  'hint.codeResentNoDestination': '新的验证码已发出。',
  'hint.resetRequired': '您需要先重置密码，才能登录。',
  'error.prefix': '错误：',
  'error.network': '无法连接到登录服务。请检查网络连接后重试。',
  'field.email': '电子邮箱',
  'field.phone': '手机号码',
  'field.emailOrPhone': '电子邮箱或手机号码',
  'action.createAccount': '创建账号',
  'hint.codeLength.other': '验证码为 {count} 位数字。',
};
