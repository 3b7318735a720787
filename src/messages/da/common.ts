import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Brugernavn',
  'field.password': 'Adgangskode',
  'field.code': 'Kode',
  'action.signIn': 'Log ind',
  'action.confirm': 'Bekræft',
  'action.resendCode': 'Send en ny kode',
  'action.backToSignIn': 'Tilbage til login',
  'action.changePassword': 'Skift adgangskode',
  'action.working': 'Vent et øjeblik…',
  'action.showPassword': 'Vis adgangskode',
  'action.resendCodeIn.one': 'Send en ny kode om {count} sekund',
  'action.resendCodeIn.other': 'Send en ny kode om {count} sekunder',
  'hint.codeResentNoDestination': 'En ny kode er på vej.',
  'hint.resetRequired': 'Du skal nulstille din adgangskode, før du kan logge ind.',
  'error.prefix': 'Fejl:',
  'error.network': 'Vi kunne ikke få forbindelse til logintjenesten. Tjek din forbindelse, og prøv igen.',
  'field.email': 'E-mail',
  'field.phone': 'Telefonnummer',
  'field.emailOrPhone': 'E-mail eller telefonnummer',
  'action.createAccount': 'Opret konto',
  'hint.codeLength.one': 'Koden har {count} ciffer.',
  'hint.codeLength.other': 'Koden har {count} cifre.',
};
