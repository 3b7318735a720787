import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Xác minh thông tin liên hệ',
  'hint.verifyContact': 'Hãy xác minh cách chúng tôi liên hệ với bạn để bạn có thể đặt lại mật khẩu nếu lỡ quên.',
  'action.verifyContact.email': 'Gửi mã qua email cho tôi',
  'action.verifyContact.phone_number': 'Gửi mã qua SMS cho tôi',
};
