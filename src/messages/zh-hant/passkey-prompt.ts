import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': '以後再說',
  'action.registerPasskey': '建立密碼金鑰',
  'step.PASSKEY_PROMPT.title': '下次登入更快速',
  'hint.passkeyPrompt': '建立密碼金鑰後，就能使用指紋、臉部辨識或螢幕鎖定登入，不必再輸入密碼。',
};
