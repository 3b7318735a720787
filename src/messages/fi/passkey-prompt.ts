import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ei nyt',
  'action.registerPasskey': 'Luo pääsyavain',
  'step.PASSKEY_PROMPT.title': 'Kirjaudu ensi kerralla nopeammin',
  'hint.passkeyPrompt':
    'Luo pääsyavain, niin voit kirjautua sormenjäljellä, kasvoilla tai näytön lukituksella salasanan sijaan.',
};
