import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verificação em dois passos',
  'account.mfa.off':
    'A verificação em dois passos está desativada: ao iniciar sessão, só é pedida a sua palavra-passe.',
  'account.mfa.hint': 'Ao iniciar sessão, é pedida a sua palavra-passe e depois um código do método usado primeiro.',
  'account.mfa.retry': 'Tentar novamente',
  'account.mfa.on': 'Ativada',
  'account.mfa.preferred': 'Ativada, usada primeiro',
  'account.mfa.turnOn': 'Ativar',
  'account.mfa.turnOff': 'Desativar',
  'account.mfa.prefer': 'Usar primeiro',
  'account.mfa.cancel': 'Cancelar',
  'account.mfa.totpOn':
    'A sua aplicação de autenticação foi ativada. Da próxima vez que iniciar sessão, introduza o código que ela mostrar.',
  'account.mfa.saved': 'A sua alteração foi guardada.',
  'error.mfaLastRequired':
    'Esta conta tem de manter a verificação em dois passos. Ative outro método antes de desativar este.',
};
