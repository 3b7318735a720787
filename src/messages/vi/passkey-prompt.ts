import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Để sau',
  'action.registerPasskey': 'Tạo khóa truy cập',
  'step.PASSKEY_PROMPT.title': 'Đăng nhập nhanh hơn vào lần sau',
  'hint.passkeyPrompt':
    'Tạo khóa truy cập để đăng nhập bằng vân tay, khuôn mặt hoặc phương thức khóa màn hình thay vì mật khẩu.',
};
