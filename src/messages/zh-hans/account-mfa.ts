import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': '两步验证',
  'account.mfa.off': '两步验证已关闭：登录时只需输入密码。',
  'account.mfa.hint': '登录时需输入密码，然后输入首选方式提供的验证码。',
  'account.mfa.retry': '重试',
  'account.mfa.on': '已开启',
  'account.mfa.preferred': '已开启，首选',
  'account.mfa.turnOn': '开启',
  'account.mfa.turnOff': '关闭',
  'account.mfa.prefer': '设为首选',
  'account.mfa.cancel': '取消',
  'account.mfa.totpOn': '身份验证器应用已开启。下次登录时，请输入应用中显示的验证码。',
  'account.mfa.saved': '您的更改已保存。',
  'error.mfaLastRequired': '此账号必须保留两步验证。请先开启其他方式，再关闭此方式。',
};
