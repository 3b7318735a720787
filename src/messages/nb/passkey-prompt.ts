import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ikke nå',
  'action.registerPasskey': 'Opprett en passnøkkel',
  'step.PASSKEY_PROMPT.title': 'Logg på raskere neste gang',
  'hint.passkeyPrompt':
    'Opprett en passnøkkel, så kan du logge på med fingeravtrykk, ansikt eller skjermlås i stedet for passord.',
};
