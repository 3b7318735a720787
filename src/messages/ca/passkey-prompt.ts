import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Ara no',
  'action.registerPasskey': 'Crea una clau d’accés',
  'step.PASSKEY_PROMPT.title': 'La pròxima vegada, inicia la sessió més de pressa',
  'hint.passkeyPrompt':
    'Crea una clau d’accés per iniciar la sessió amb l’empremta digital, la cara o el bloqueig de pantalla en lloc de la contrasenya.',
};
