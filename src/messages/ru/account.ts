import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Вы не вошли в аккаунт. Войдите, чтобы управлять им.',
  'account.password.title': 'Смена пароля',
  'account.field.currentPassword': 'Текущий пароль',
  'account.password.submit': 'Сменить пароль',
  'account.password.changed': 'Пароль изменён.',
  'account.error.currentPassword': 'Это не ваш текущий пароль.',
  'account.sessions.title': 'Выход на всех устройствах',
  'account.sessions.hint': 'Вы выйдете из аккаунта на всех устройствах и в браузерах, где выполнен вход, включая это.',
  'account.sessions.submit': 'Выйти на всех устройствах',
  'account.delete.title': 'Удалить аккаунт',
  'account.delete.hint': 'Будут удалены ваш аккаунт и всё, что в нём сохранено. Отменить это действие нельзя.',
  'account.delete.word': 'удалить',
  'account.delete.field': 'Для подтверждения введите «{word}»',
  'account.delete.submit': 'Удалить аккаунт',
  'account.delete.mismatch': 'Введите «{word}» для подтверждения.',
  'account.delete.done': 'Ваш аккаунт удалён.',
};
