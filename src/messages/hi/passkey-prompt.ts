import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'अभी नहीं',
  'action.registerPasskey': 'पासकी बनाएं',
  'step.PASSKEY_PROMPT.title': 'अगली बार और तेज़ी से साइन इन करें',
  'hint.passkeyPrompt': 'पासकी बनाएं, ताकि आप पासवर्ड के बजाय फ़िंगरप्रिंट, चेहरे या स्क्रीन लॉक से साइन इन कर सकें।',
};
