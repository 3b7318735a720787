import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Brukernavn',
  'field.password': 'Passord',
  'field.code': 'Kode',
  'action.signIn': 'Logg på',
  'action.confirm': 'Bekreft',
  'action.resendCode': 'Send en ny kode',
  'action.backToSignIn': 'Tilbake til pålogging',
  'action.changePassword': 'Endre passord',
  'action.working': 'Vent litt…',
  'action.showPassword': 'Vis passord',
  'action.resendCodeIn.one': 'Send en ny kode om {count} sekund',
  'action.resendCodeIn.other': 'Send en ny kode om {count} sekunder',
  'hint.codeResentNoDestination': 'En ny kode er på vei.',
  'hint.resetRequired': 'Du må tilbakestille passordet før du kan logge på.',
  'error.prefix': 'Feil:',
  'error.network': 'Vi fikk ikke kontakt med påloggingstjenesten. Sjekk tilkoblingen og prøv igjen.',
  'field.email': 'E-post',
  'field.phone': 'Telefonnummer',
  'field.emailOrPhone': 'E-post eller telefonnummer',
  'action.createAccount': 'Opprett konto',
  'hint.codeLength.one': 'Koden har {count} siffer.',
  'hint.codeLength.other': 'Koden har {count} siffer.',
};
