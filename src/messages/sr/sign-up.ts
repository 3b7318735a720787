import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Направите налог',
  'hint.phoneNumber': 'Почните знаком + и позивним бројем земље, на пример +381601234567.',
  'hint.signUpNoPassword': 'Лозинка није потребна: пријављиваћете се кôдом који вам пошаљемо.',
  'action.haveAccount': 'Већ имате налог? Пријавите се',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Проверите имејл',
  'hint.signUpLink':
    'Послали смо линк на {destination}. Отворите га да бисте потврдили налог, а ова страница ће сама наставити.',
  'hint.signUpLinkNoDestination':
    'Послали смо вам линк. Отворите га да бисте потврдили налог, а ова страница ће сама наставити.',
  'action.resendLink': 'Пошаљи нови линк',
};
