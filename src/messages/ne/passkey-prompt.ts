import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'अहिले होइन',
  'action.registerPasskey': 'पासकी बनाउनुहोस्',
  'step.PASSKEY_PROMPT.title': 'अर्को पटक छिटो साइन इन गर्नुहोस्',
  'hint.passkeyPrompt': 'पासवर्डको सट्टा औंठाछाप, अनुहार वा स्क्रिन लकले साइन इन गर्न पासकी बनाउनुहोस्।',
};
