import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ابھی نہیں',
  'action.registerPasskey': 'پاس کی بنائیں',
  'step.PASSKEY_PROMPT.title': 'اگلی بار تیزی سے سائن ان کریں',
  'hint.passkeyPrompt': 'پاس کی بنائیں تاکہ پاس ورڈ کے بجائے اپنے فنگر پرنٹ، چہرے یا اسکرین لاک سے سائن ان کر سکیں۔',
};
