import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': '不支援這個登入步驟',
  'hint.unknownStep': '登入程序要求執行本頁無法顯示的步驟（{step}）。請返回後再試一次，或與客服團隊聯絡。',
};
