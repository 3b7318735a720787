import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Nie teraz',
  'action.registerPasskey': 'Utwórz klucz dostępu',
  'step.PASSKEY_PROMPT.title': 'Następnym razem zaloguj się szybciej',
  'hint.passkeyPrompt':
    'Utwórz klucz dostępu, aby logować się odciskiem palca, skanem twarzy lub blokadą ekranu zamiast hasłem.',
};
