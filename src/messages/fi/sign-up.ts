import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Luo tilisi',
  'hint.phoneNumber': 'Aloita merkillä + ja maatunnuksella, esimerkiksi +14255550100.',
  'hint.signUpNoPassword': 'Salasanaa ei tarvita: kirjaudut sisään koodilla, jonka lähetämme sinulle.',
  'action.haveAccount': 'Onko sinulla jo tili? Kirjaudu sisään',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Tarkista sähköpostisi',
  'hint.signUpLink':
    'Lähetimme linkin osoitteeseen {destination}. Vahvista tilisi avaamalla se, niin tämä sivu jatkaa itsestään.',
  'hint.signUpLinkNoDestination':
    'Lähetimme sinulle linkin. Vahvista tilisi avaamalla se, niin tämä sivu jatkaa itsestään.',
  'action.resendLink': 'Lähetä uusi linkki',
};
