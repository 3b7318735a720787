import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ไว้ทีหลัง',
  'action.registerPasskey': 'สร้างพาสคีย์',
  'step.PASSKEY_PROMPT.title': 'ลงชื่อเข้าใช้ได้เร็วขึ้นในครั้งถัดไป',
  'hint.passkeyPrompt': 'สร้างพาสคีย์เพื่อลงชื่อเข้าใช้ด้วยลายนิ้วมือ ใบหน้า หรือการล็อกหน้าจอแทนการใช้รหัสผ่าน',
};
