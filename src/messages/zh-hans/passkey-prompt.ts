import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': '以后再说',
  'action.registerPasskey': '创建通行密钥',
  'step.PASSKEY_PROMPT.title': '下次登录更快捷',
  'hint.passkeyPrompt': '创建通行密钥后，即可使用指纹、人脸或屏幕锁登录，无需输入密码。',
};
