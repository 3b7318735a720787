import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'ไม่รองรับขั้นตอนการลงชื่อเข้าใช้นี้',
  'hint.unknownStep': 'การลงชื่อเข้าใช้ต้องใช้ขั้นตอนที่หน้านี้แสดงไม่ได้ ({step}) โปรดย้อนกลับแล้วลองอีกครั้ง หรือติดต่อฝ่ายสนับสนุน',
};
