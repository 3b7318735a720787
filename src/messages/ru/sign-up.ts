import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Создайте аккаунт',
  'hint.phoneNumber': 'Начните с «+» и кода страны, например +14255550100.',
  'hint.signUpNoPassword': 'Пароль не нужен: вы будете входить по коду, который мы пришлём.',
  'action.haveAccount': 'Уже есть аккаунт? Войти',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Проверьте почту',
  'hint.signUpLink':
    'Мы отправили ссылку на {destination}. Откройте её, чтобы подтвердить аккаунт, — эта страница продолжит работу сама.',
  'hint.signUpLinkNoDestination':
    'Мы отправили вам ссылку. Откройте её, чтобы подтвердить аккаунт, — эта страница продолжит работу сама.',
  'action.resendLink': 'Отправить новую ссылку',
};
