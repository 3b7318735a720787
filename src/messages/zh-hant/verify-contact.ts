import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': '驗證你的聯絡資訊',
  'hint.verifyContact': '請驗證我們聯絡你的方式，以便你在忘記密碼時可以重設。',
  'action.verifyContact.email': '透過電子郵件傳送驗證碼',
  'action.verifyContact.phone_number': '透過簡訊傳送驗證碼',
};
