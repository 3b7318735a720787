import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Agora não',
  'action.registerPasskey': 'Criar chave de acesso',
  'step.PASSKEY_PROMPT.title': 'Entre mais rápido da próxima vez',
  'hint.passkeyPrompt':
    'Crie uma chave de acesso para entrar com sua impressão digital, seu rosto ou o bloqueio de tela em vez de usar uma senha.',
};
