import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'حالا نه',
  'action.registerPasskey': 'ایجاد کلید عبور',
  'step.PASSKEY_PROMPT.title': 'دفعه بعد سریع‌تر وارد شوید',
  'hint.passkeyPrompt': 'کلید عبور بسازید تا به‌جای گذرواژه، با اثر انگشت، چهره یا قفل صفحه وارد شوید.',
};
