import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Сіз кірмегенсіз. Аккаунтты басқару үшін кіріңіз.',
  'account.password.title': 'Құпия сөзді өзгерту',
  'account.field.currentPassword': 'Ағымдағы құпия сөз',
  'account.password.submit': 'Құпия сөзді өзгерту',
  'account.password.changed': 'Құпия сөзіңіз өзгертілді.',
  'account.error.currentPassword': 'Бұл ағымдағы құпия сөзіңіз емес.',
  'account.sessions.title': 'Барлық жерден шығу',
  'account.sessions.hint': 'Осы құрылғыны қоса алғанда, кірген барлық құрылғы мен браузерден шығасыз.',
  'account.sessions.submit': 'Барлық құрылғыдан шығу',
  'account.delete.title': 'Аккаунтты жою',
  'account.delete.hint': 'Бұл аккаунтыңызды және онда сақталғанның бәрін жояды. Мұны қайтару мүмкін емес.',
  'account.delete.word': 'жою',
  'account.delete.field': 'Растау үшін «{word}» деп жазыңыз',
  'account.delete.submit': 'Аккаунтты жою',
  'account.delete.mismatch': 'Растау үшін «{word}» деп жазыңыз.',
  'account.delete.done': 'Аккаунтыңыз жойылды.',
};
