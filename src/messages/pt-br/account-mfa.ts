import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verificação em duas etapas',
  'account.mfa.off': 'A verificação em duas etapas está desativada: ao fazer login, só sua senha é pedida.',
  'account.mfa.hint': 'Ao fazer login, sua senha é pedida e depois um código do método usado primeiro.',
  'account.mfa.retry': 'Tentar de novo',
  'account.mfa.on': 'Ativo',
  'account.mfa.preferred': 'Ativo, usado primeiro',
  'account.mfa.turnOn': 'Ativar',
  'account.mfa.turnOff': 'Desativar',
  'account.mfa.prefer': 'Usar primeiro',
  'account.mfa.cancel': 'Cancelar',
  'account.mfa.totpOn':
    'Seu app autenticador foi ativado. Da próxima vez que fizer login, digite o código que ele mostrar.',
  'account.mfa.saved': 'Sua alteração foi salva.',
  'error.mfaLastRequired':
    'Esta conta precisa manter a verificação em duas etapas. Ative outro método antes de desativar este.',
};
