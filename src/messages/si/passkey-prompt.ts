import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'දැන් නොවේ',
  'action.registerPasskey': 'මුරයතුරක් සාදන්න',
  'step.PASSKEY_PROMPT.title': 'ඊළඟ වතාවේ වේගයෙන් පුරන්න',
  'hint.passkeyPrompt': 'මුරපදයක් වෙනුවට ඇඟිලි සලකුණ, මුහුණ හෝ තිර අගුල මගින් පුරනය වීමට මුරයතුරක් සාදන්න.',
};
