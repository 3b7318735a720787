import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Mitte praegu',
  'action.registerPasskey': 'Loo pääsuvõti',
  'step.PASSKEY_PROMPT.title': 'Logige järgmisel korral kiiremini sisse',
  'hint.passkeyPrompt': 'Looge pääsuvõti, et logida parooli asemel sisse sõrmejälje, näo või ekraaniluku abil.',
};
