import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Двухэтапная проверка',
  'account.mfa.off': 'Двухэтапная проверка отключена: при входе запрашивается только пароль.',
  'account.mfa.hint': 'При входе запрашивается пароль, а затем код основного способа.',
  'account.mfa.retry': 'Повторить',
  'account.mfa.on': 'Включено',
  'account.mfa.preferred': 'Включено, основной способ',
  'account.mfa.turnOn': 'Включить',
  'account.mfa.turnOff': 'Отключить',
  'account.mfa.prefer': 'Сделать основным',
  'account.mfa.cancel': 'Отмена',
  'account.mfa.totpOn': 'Приложение-аутентификатор включено. При следующем входе введите код, который оно показывает.',
  'account.mfa.saved': 'Изменение сохранено.',
  'error.mfaLastRequired':
    'Для этого аккаунта двухэтапная проверка обязательна. Прежде чем отключить этот способ, включите другой.',
};
