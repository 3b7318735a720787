import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Si sasa',
  'action.registerPasskey': 'Unda ufunguo wa siri',
  'step.PASSKEY_PROMPT.title': 'Ingia kwa haraka zaidi wakati ujao',
  'hint.passkeyPrompt':
    'Unda ufunguo wa siri ili uingie kwa alama ya kidole, uso au mbinu ya kufunga skrini badala ya nenosiri.',
};
