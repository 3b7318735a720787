import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'Bước đăng nhập này không được hỗ trợ',
  'hint.unknownStep':
    'Quá trình đăng nhập yêu cầu một bước mà trang này không thể hiển thị ({step}). Hãy quay lại rồi thử lại hoặc liên hệ với bộ phận hỗ trợ.',
};
