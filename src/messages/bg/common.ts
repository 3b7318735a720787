import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Потребителско име',
  'field.password': 'Парола',
  'field.code': 'Код',
  'action.signIn': 'Вход',
  'action.confirm': 'Потвърждаване',
  'action.resendCode': 'Изпращане на нов код',
  'action.backToSignIn': 'Обратно към входа',
  'action.changePassword': 'Промяна на паролата',
  'action.working': 'Моля, изчакайте…',
  'action.showPassword': 'Показване на паролата',
  'action.resendCodeIn.one': 'Нов код можете да поискате след {count} секунда',
  'action.resendCodeIn.other': 'Нов код можете да поискате след {count} секунди',
  'hint.codeResentNoDestination': 'Изпратихме ви нов код.',
  'hint.resetRequired': 'Трябва да нулирате паролата си, преди да влезете.',
  'error.prefix': 'Грешка:',
  'error.network': 'Не успяхме да се свържем с услугата за вход. Проверете връзката си с интернет и опитайте отново.',
  'field.email': 'Имейл',
  'field.phone': 'Телефонен номер',
  'field.emailOrPhone': 'Имейл или телефонен номер',
  'action.createAccount': 'Създаване на профил',
  'hint.codeLength.one': 'Кодът се състои от {count} цифра.',
  'hint.codeLength.other': 'Кодът се състои от {count} цифри.',
};
