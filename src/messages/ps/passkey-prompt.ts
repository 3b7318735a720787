import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'اوس نه',
  'action.registerPasskey': 'د ننوتلو کیلي جوړه کړئ',
  'step.PASSKEY_PROMPT.title': 'بل ځل ژر ننوځئ',
  'hint.passkeyPrompt': 'د ننوتلو کیلي جوړه کړئ څو د پټنوم پر ځای د ګوتې نښې، مخ یا د سکرین قلف په مرسته ننوځئ.',
};
