import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Nu acum',
  'action.registerPasskey': 'Creați o cheie de acces',
  'step.PASSKEY_PROMPT.title': 'Conectați-vă mai rapid data viitoare',
  'hint.passkeyPrompt':
    'Creați o cheie de acces ca să vă conectați cu amprenta, recunoașterea facială sau blocarea ecranului în loc de parolă.',
};
