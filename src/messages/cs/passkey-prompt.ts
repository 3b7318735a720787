import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Teď ne',
  'action.registerPasskey': 'Vytvořit přístupový klíč',
  'step.PASSKEY_PROMPT.title': 'Příště se přihlaste rychleji',
  'hint.passkeyPrompt':
    'Vytvořte si přístupový klíč a přihlašujte se místo hesla otiskem prstu, obličejem nebo zámkem obrazovky.',
};
