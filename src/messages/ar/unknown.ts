import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'خطوة تسجيل الدخول هذه غير مدعومة',
  'hint.unknownStep':
    'طلبت عملية تسجيل الدخول خطوة لا يمكن عرضها في هذه الصفحة ({step}). ارجع وحاول مرة أخرى، أو تواصل مع فريق الدعم.',
};
