import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Аккаунт жасаңыз',
  'hint.phoneNumber': '+ белгісінен және ел кодынан бастаңыз, мысалы +77011234567.',
  'hint.signUpNoPassword': 'Құпия сөз қажет емес: біз жіберетін кодпен кіресіз.',
  'action.haveAccount': 'Аккаунтыңыз бар ма? Кіріңіз',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Электрондық поштаңызды тексеріңіз',
  'hint.signUpLink':
    'Сілтемені {destination} мекенжайына жібердік. Аккаунтты растау үшін оны ашыңыз, бұл бет өзі жалғасады.',
  'hint.signUpLinkNoDestination': 'Сізге сілтеме жібердік. Аккаунтты растау үшін оны ашыңыз, бұл бет өзі жалғасады.',
  'action.resendLink': 'Жаңа сілтеме жіберу',
};
