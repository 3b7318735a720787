import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ഇപ്പോൾ വേണ്ട',
  'action.registerPasskey': 'പാസ്‌കീ സൃഷ്‌ടിക്കുക',
  'step.PASSKEY_PROMPT.title': 'അടുത്ത തവണ വേഗത്തിൽ സൈൻ ഇൻ ചെയ്യുക',
  'hint.passkeyPrompt': 'പാസ്‌വേഡിന് പകരം ഫിംഗർപ്രിന്റ്, മുഖം അല്ലെങ്കിൽ സ്ക്രീൻ ലോക്ക് ഉപയോഗിച്ച് സൈൻ ഇൻ ചെയ്യാൻ ഒരു പാസ്‌കീ സൃഷ്‌ടിക്കുക.',
};
