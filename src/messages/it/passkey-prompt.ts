import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Non ora',
  'action.registerPasskey': 'Crea una passkey',
  'step.PASSKEY_PROMPT.title': 'Accedi più rapidamente la prossima volta',
  'hint.passkeyPrompt':
    'Crea una passkey per accedere con l’impronta digitale, il volto o il blocco schermo invece che con la password.',
};
