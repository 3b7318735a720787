import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Не сада',
  'action.registerPasskey': 'Направи приступни кључ',
  'step.PASSKEY_PROMPT.title': 'Следећи пут се пријавите брже',
  'hint.passkeyPrompt':
    'Направите приступни кључ да бисте се уместо лозинком пријављивали отиском прста, лицем или откључавањем екрана.',
};
