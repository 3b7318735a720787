import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Створіть обліковий запис',
  'hint.phoneNumber': 'Почніть із «+» і коду країни, наприклад +14255550100.',
  'hint.signUpNoPassword': 'Пароль не потрібен: ви входитимете за кодом, який ми надішлемо.',
  'action.haveAccount': 'Уже маєте обліковий запис? Увійти',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Перевірте пошту',
  'hint.signUpLink':
    'Ми надіслали посилання на {destination}. Відкрийте його, щоб підтвердити обліковий запис, — ця сторінка продовжить роботу сама.',
  'hint.signUpLinkNoDestination':
    'Ми надіслали вам посилання. Відкрийте його, щоб підтвердити обліковий запис, — ця сторінка продовжить роботу сама.',
  'action.resendLink': 'Надіслати нове посилання',
};
