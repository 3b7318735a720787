import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Стварыце ўліковы запіс',
  'hint.phoneNumber': 'Пачніце з + і кода краіны, напрыклад +375291234567.',
  'hint.signUpNoPassword': 'Пароль не патрэбны: вы будзеце ўваходзіць з кодам, які мы вам адправім.',
  'action.haveAccount': 'Ужо ёсць уліковы запіс? Увайдзіце',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Праверце электронную пошту',
  'hint.signUpLink':
    'Мы адправілі спасылку на {destination}. Адкрыйце яе, каб пацвердзіць уліковы запіс, і гэта старонка працягне сама.',
  'hint.signUpLinkNoDestination':
    'Мы адправілі вам спасылку. Адкрыйце яе, каб пацвердзіць уліковы запіс, і гэта старонка працягне сама.',
  'action.resendLink': 'Адправіць новую спасылку',
};
