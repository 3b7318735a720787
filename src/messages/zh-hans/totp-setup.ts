import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': '复制设置密钥',
  'action.openAuthenticator': '在身份验证器应用中打开',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': '设置身份验证器应用',
  'hint.totpSecret': '设置密钥',
  'hint.totpQrAlt': '用于将此账号添加到身份验证器应用的二维码',
  'hint.totpCopied': '已复制',
  'error.qrCode': '无法显示二维码。请改为在身份验证器应用中输入设置密钥。',
  'hint.totpStepApp': '在手机上打开身份验证器应用，如果没有，请先安装一个。',
  'hint.totpStepScan': '用应用扫描二维码，或将设置密钥复制到应用中。',
  'hint.totpStepCode': '输入应用中显示的 6 位验证码。',
};
