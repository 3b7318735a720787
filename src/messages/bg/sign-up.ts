import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Създайте своя профил',
  'hint.phoneNumber': 'Започнете с + и кода на държавата, например +14255550100.',
  'hint.signUpNoPassword': 'Не е нужна парола: ще влизате с код, който ще ви изпращаме.',
  'action.haveAccount': 'Вече имате профил? Влезте',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Проверете имейла си',
  'hint.signUpLink':
    'Изпратихме връзка на {destination}. Отворете я, за да потвърдите профила си – тази страница ще продължи сама.',
  'hint.signUpLinkNoDestination':
    'Изпратихме ви връзка. Отворете я, за да потвърдите профила си – тази страница ще продължи сама.',
  'action.resendLink': 'Изпращане на нова връзка',
};
