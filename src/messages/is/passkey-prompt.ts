import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ekki núna',
  'action.registerPasskey': 'Búa til aðgangslykil',
  'step.PASSKEY_PROMPT.title': 'Skráðu þig hraðar inn næst',
  'hint.passkeyPrompt':
    'Búðu til aðgangslykil til að skrá þig inn með fingrafari, andliti eða skjálás í stað aðgangsorðs.',
};
