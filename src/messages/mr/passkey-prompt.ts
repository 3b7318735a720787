import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'आता नको',
  'action.registerPasskey': 'पासकी तयार करा',
  'step.PASSKEY_PROMPT.title': 'पुढच्या वेळी झटपट साइन इन करा',
  'hint.passkeyPrompt': 'पासवर्डऐवजी फिंगरप्रिंट, चेहरा किंवा स्क्रीन लॉक वापरून साइन इन करण्यासाठी पासकी तयार करा.',
};
