import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': '로그아웃',
  'step.DONE.title': '로그인되었습니다',
  'hint.signedInAs': '{username} 계정으로 로그인됨',
};
