import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ikke nu',
  'action.registerPasskey': 'Opret en adgangsnøgle',
  'step.PASSKEY_PROMPT.title': 'Log hurtigere ind næste gang',
  'hint.passkeyPrompt':
    'Opret en adgangsnøgle, så du kan logge ind med fingeraftryk, ansigt eller skærmlås i stedet for en adgangskode.',
};
