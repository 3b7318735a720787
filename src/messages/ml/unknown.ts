import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'സൈൻ ഇന്നിന്റെ ഈ ഘട്ടം പിന്തുണയ്ക്കുന്നില്ല',
  'hint.unknownStep':
    'ഈ പേജിന് കാണിക്കാനാകാത്ത ഒരു ഘട്ടം ({step}) സൈൻ ഇൻ ആവശ്യപ്പെട്ടു. തിരികെ പോയി വീണ്ടും ശ്രമിക്കുക, അല്ലെങ്കിൽ സപ്പോർട്ടുമായി ബന്ധപ്പെടുക.',
};
