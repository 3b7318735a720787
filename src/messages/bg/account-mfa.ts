import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Потвърждаване в две стъпки',
  'account.mfa.off': 'Потвърждаването в две стъпки е изключено: при влизане се иска само паролата ви.',
  'account.mfa.hint': 'При влизане се иска паролата ви, а след това код от основния метод.',
  'account.mfa.retry': 'Опитайте отново',
  'account.mfa.on': 'Включено',
  'account.mfa.preferred': 'Включено, основен метод',
  'account.mfa.turnOn': 'Включване',
  'account.mfa.turnOff': 'Изключване',
  'account.mfa.prefer': 'Използване като основен',
  'account.mfa.cancel': 'Отказ',
  'account.mfa.totpOn':
    'Приложението за удостоверяване е включено. При следващото влизане въведете кода, който показва.',
  'account.mfa.saved': 'Промяната е запазена.',
  'error.mfaLastRequired':
    'Този профил трябва да запази потвърждаването в две стъпки. Включете друг метод, преди да изключите този.',
};
