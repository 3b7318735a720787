import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Нисте пријављени. Пријавите се да бисте управљали налогом.',
  'account.password.title': 'Промена лозинке',
  'account.field.currentPassword': 'Тренутна лозинка',
  'account.password.submit': 'Промени лозинку',
  'account.password.changed': 'Лозинка је промењена.',
  'account.error.currentPassword': 'То није ваша тренутна лозинка.',
  'account.sessions.title': 'Одјава са свих места',
  'account.sessions.hint': 'Бићете одјављени са свих уређаја и прегледача на којима сте пријављени, укључујући овај.',
  'account.sessions.submit': 'Одјави се са свих уређаја',
  'account.delete.title': 'Избришите налог',
  'account.delete.hint': 'Овим се бришу ваш налог и све што је у њему сачувано. Радња се не може опозвати.',
  'account.delete.word': 'избриши',
  'account.delete.field': 'Да бисте потврдили, упишите „{word}“',
  'account.delete.submit': 'Избриши налог',
  'account.delete.mismatch': 'Упишите „{word}“ да бисте потврдили.',
  'account.delete.done': 'Ваш налог је избрисан.',
};
