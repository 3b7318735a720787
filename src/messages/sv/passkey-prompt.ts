import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Inte nu',
  'action.registerPasskey': 'Skapa en lösennyckel',
  'step.PASSKEY_PROMPT.title': 'Logga in snabbare nästa gång',
  'hint.passkeyPrompt':
    'Skapa en lösennyckel så kan du logga in med fingeravtryck, ansikte eller skärmlås i stället för lösenord.',
};
