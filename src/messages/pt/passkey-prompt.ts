import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Agora não',
  'action.registerPasskey': 'Criar chave de acesso',
  'step.PASSKEY_PROMPT.title': 'Inicie sessão mais rapidamente da próxima vez',
  'hint.passkeyPrompt':
    'Crie uma chave de acesso para iniciar sessão com a impressão digital, o rosto ou o bloqueio de ecrã em vez de uma palavra-passe.',
};
