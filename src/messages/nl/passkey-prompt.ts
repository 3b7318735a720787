import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Niet nu',
  'action.registerPasskey': 'Toegangssleutel maken',
  'step.PASSKEY_PROMPT.title': 'Volgende keer sneller inloggen',
  'hint.passkeyPrompt':
    'Maak een toegangssleutel om in te loggen met je vingerafdruk, gezicht of schermvergrendeling in plaats van een wachtwoord.',
};
