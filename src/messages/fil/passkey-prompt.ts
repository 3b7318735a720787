import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Hindi ngayon',
  'action.registerPasskey': 'Gumawa ng passkey',
  'step.PASSKEY_PROMPT.title': 'Mag-sign in nang mas mabilis sa susunod',
  'hint.passkeyPrompt':
    'Gumawa ng passkey para makapag-sign in gamit ang iyong fingerprint, mukha o screen lock sa halip na password.',
};
