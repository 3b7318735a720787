import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ليس الآن',
  'action.registerPasskey': 'إنشاء مفتاح مرور',
  'step.PASSKEY_PROMPT.title': 'سجِّل الدخول بشكل أسرع في المرة القادمة',
  'hint.passkeyPrompt':
    'أنشئ مفتاح مرور لتسجيل الدخول باستخدام بصمة الإصبع أو الوجه أو قفل الشاشة بدلاً من كلمة المرور.',
};
