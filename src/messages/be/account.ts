import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Вы не ўвайшлі. Увайдзіце, каб кіраваць уліковым запісам.',
  'account.password.title': 'Змена пароля',
  'account.field.currentPassword': 'Цяперашні пароль',
  'account.password.submit': 'Змяніць пароль',
  'account.password.changed': 'Пароль зменены.',
  'account.error.currentPassword': 'Гэта не ваш цяперашні пароль.',
  'account.sessions.title': 'Выхад на ўсіх прыладах',
  'account.sessions.hint':
    'Вы выйдзеце з уліковага запісу на ўсіх прыладах і ў браўзерах, дзе ўвайшлі, у тым ліку на гэтай.',
  'account.sessions.submit': 'Выйсці на ўсіх прыладах',
  'account.delete.title': 'Выдаліць уліковы запіс',
  'account.delete.hint': 'Гэта выдаліць ваш уліковы запіс і ўсё, што ў ім захавана. Адмяніць гэта немагчыма.',
  'account.delete.word': 'выдаліць',
  'account.delete.field': 'Каб пацвердзіць, увядзіце «{word}»',
  'account.delete.submit': 'Выдаліць уліковы запіс',
  'account.delete.mismatch': 'Увядзіце «{word}», каб пацвердзіць.',
  'account.delete.done': 'Ваш уліковы запіс выдалены.',
};
