import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Потврда у два корака',
  'account.mfa.off': 'Потврда у два корака је искључена: при пријави се тражи само лозинка.',
  'account.mfa.hint': 'При пријави се тражи лозинка, а затим код из главног начина.',
  'account.mfa.retry': 'Покушајте поново',
  'account.mfa.on': 'Укључено',
  'account.mfa.preferred': 'Укључено, главни начин',
  'account.mfa.turnOn': 'Укључи',
  'account.mfa.turnOff': 'Искључи',
  'account.mfa.prefer': 'Постави као главни',
  'account.mfa.cancel': 'Откажи',
  'account.mfa.totpOn': 'Апликација за аутентификацију је укључена. При следећој пријави унесите код који приказује.',
  'account.mfa.saved': 'Промена је сачувана.',
  'error.mfaLastRequired':
    'Овај налог мора да задржи потврду у два корака. Пре него што искључите овај начин, укључите неки други.',
};
