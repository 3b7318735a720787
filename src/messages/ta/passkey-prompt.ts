import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'இப்போது வேண்டாம்',
  'action.registerPasskey': 'கடவுச்சாவியை உருவாக்கு',
  'step.PASSKEY_PROMPT.title': 'அடுத்த முறை வேகமாக உள்நுழையலாம்',
  'hint.passkeyPrompt':
    'கடவுச்சொல்லுக்குப் பதிலாகக் கைரேகை, முகம் அல்லது திரைப் பூட்டு மூலம் உள்நுழைய ஒரு கடவுச்சாவியை உருவாக்குங்கள்.',
};
