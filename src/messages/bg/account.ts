import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Не сте влезли. Влезте, за да управлявате профила си.',
  'account.password.title': 'Смяна на паролата',
  'account.field.currentPassword': 'Текуща парола',
  'account.password.submit': 'Смяна на паролата',
  'account.password.changed': 'Паролата ви е сменена.',
  'account.error.currentPassword': 'Това не е текущата ви парола.',
  'account.sessions.title': 'Изход от всички устройства',
  'account.sessions.hint': 'Така ще излезете от всяко устройство и браузър, в които сте влезли, включително от това.',
  'account.sessions.submit': 'Изход от всички устройства',
  'account.delete.title': 'Изтриване на профила',
  'account.delete.hint': 'Това изтрива профила ви и всичко, запазено в него. Действието е необратимо.',
  'account.delete.word': 'изтрий',
  'account.delete.field': 'За да потвърдите, въведете „{word}“',
  'account.delete.submit': 'Изтриване на профила',
  'account.delete.mismatch': 'Въведете „{word}“, за да потвърдите.',
  'account.delete.done': 'Профилът ви беше изтрит.',
};
