import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ne dabar',
  'action.registerPasskey': 'Sukurti prieigos raktą',
  'step.PASSKEY_PROMPT.title': 'Kitą kartą prisijunkite greičiau',
  'hint.passkeyPrompt':
    'Sukurkite prieigos raktą ir vietoj slaptažodžio junkitės piršto atspaudu, veidu arba ekrano užraktu.',
};
