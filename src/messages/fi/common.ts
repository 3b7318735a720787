import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Käyttäjätunnus',
  'field.password': 'Salasana',
  'field.code': 'Koodi',
  'action.signIn': 'Kirjaudu sisään',
  'action.confirm': 'Vahvista',
  'action.resendCode': 'Lähetä uusi koodi',
  'action.backToSignIn': 'Takaisin kirjautumiseen',
  'action.changePassword': 'Vaihda salasana',
  'action.working': 'Odota hetki…',
  'action.showPassword': 'Näytä salasana',
  'action.resendCodeIn.one': 'Lähetä uusi koodi {count} sekunnin kuluttua',
  'action.resendCodeIn.other': 'Lähetä uusi koodi {count} sekunnin kuluttua',
  'hint.codeResentNoDestination': 'Uusi koodi on matkalla.',
  'hint.resetRequired': 'Salasanasi on nollattava ennen kuin voit kirjautua sisään.',
  'error.prefix': 'Virhe:',
  'error.network': 'Kirjautumispalveluun ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  'field.email': 'Sähköposti',
  'field.phone': 'Puhelinnumero',
  'field.emailOrPhone': 'Sähköposti tai puhelinnumero',
  'action.createAccount': 'Luo tili',
  'hint.codeLength.one': 'Koodissa on {count} numero.',
  'hint.codeLength.other': 'Koodissa on {count} numeroa.',
};
