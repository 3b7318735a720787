import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Ви не ввійшли. Увійдіть, щоб керувати обліковим записом.',
  'account.password.title': 'Зміна пароля',
  'account.field.currentPassword': 'Поточний пароль',
  'account.password.submit': 'Змінити пароль',
  'account.password.changed': 'Пароль змінено.',
  'account.error.currentPassword': 'Це не ваш поточний пароль.',
  'account.sessions.title': 'Вихід на всіх пристроях',
  'account.sessions.hint':
    'Ви вийдете з облікового запису на всіх пристроях і в браузерах, де виконано вхід, зокрема на цьому.',
  'account.sessions.submit': 'Вийти на всіх пристроях',
  'account.delete.title': 'Видалити обліковий запис',
  'account.delete.hint': 'Буде видалено ваш обліковий запис і все, що в ньому збережено. Скасувати цю дію неможливо.',
  'account.delete.word': 'видалити',
  'account.delete.field': 'Щоб підтвердити, введіть «{word}»',
  'account.delete.submit': 'Видалити обліковий запис',
  'account.delete.mismatch': 'Введіть «{word}», щоб підтвердити.',
  'account.delete.done': 'Ваш обліковий запис видалено.',
};
