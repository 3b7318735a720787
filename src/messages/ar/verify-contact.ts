import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'تأكيد بيانات الاتصال',
  'hint.verifyContact': 'أكّد وسيلة التواصل معك لتتمكّن من إعادة تعيين كلمة المرور إذا نسيتها يومًا.',
  'action.verifyContact.email': 'أرسل لي رمزًا بالبريد الإلكتروني',
  'action.verifyContact.phone_number': 'أرسل لي رمزًا في رسالة نصية',
};
