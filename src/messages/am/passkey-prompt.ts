import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'አሁን አይደለም',
  'action.registerPasskey': 'የይለፍ ቁልፍ ፍጠር',
  'step.PASSKEY_PROMPT.title': 'በሚቀጥለው ጊዜ በፍጥነት ይግቡ',
  'hint.passkeyPrompt': 'በይለፍ ቃል ፋንታ በጣት አሻራ፣ በፊት ወይም በማያ ገጽ መቆለፊያ ለመግባት የይለፍ ቁልፍ ይፍጠሩ።',
};
