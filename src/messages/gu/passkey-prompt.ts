import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'હમણાં નહીં',
  'action.registerPasskey': 'પાસકી બનાવો',
  'step.PASSKEY_PROMPT.title': 'આગલી વખતે વધુ ઝડપથી સાઇન ઇન કરો',
  'hint.passkeyPrompt': 'પાસવર્ડને બદલે તમારી ફિંગરપ્રિન્ટ, ચહેરા અથવા સ્ક્રીન લૉક વડે સાઇન ઇન કરવા માટે પાસકી બનાવો.',
};
