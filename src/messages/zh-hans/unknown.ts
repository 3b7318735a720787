import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': '不支持此登录步骤',
  'hint.unknownStep': '登录流程要求执行此页面无法显示的步骤（{step}）。请返回重试，或联系客服。',
};
