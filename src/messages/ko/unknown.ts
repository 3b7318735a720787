import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': '지원되지 않는 로그인 단계입니다',
  'hint.unknownStep':
    '이 페이지에서 표시할 수 없는 로그인 단계({step})가 요청되었습니다. 이전 화면으로 돌아가 다시 시도하거나 고객센터에 문의하세요.',
};
