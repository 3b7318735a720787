import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Utwórz konto',
  'hint.phoneNumber': 'Zacznij od + i numeru kierunkowego kraju, np. +14255550100.',
  'hint.signUpNoPassword': 'Hasło nie jest potrzebne: będziesz logować się kodem, który Ci wyślemy.',
  'action.haveAccount': 'Masz już konto? Zaloguj się',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Sprawdź pocztę',
  'hint.signUpLink':
    'Wysłaliśmy link na adres {destination}. Otwórz go, aby potwierdzić konto – ta strona przejdzie dalej sama.',
  'hint.signUpLinkNoDestination':
    'Wysłaliśmy Ci link. Otwórz go, aby potwierdzić konto – ta strona przejdzie dalej sama.',
  'action.resendLink': 'Wyślij nowy link',
};
