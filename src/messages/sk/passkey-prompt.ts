import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Teraz nie',
  'action.registerPasskey': 'Vytvoriť prístupový kľúč',
  'step.PASSKEY_PROMPT.title': 'Nabudúce sa prihláste rýchlejšie',
  'hint.passkeyPrompt':
    'Vytvorte si prístupový kľúč a prihlasujte sa namiesto hesla odtlačkom prsta, tvárou alebo zámkou obrazovky.',
};
