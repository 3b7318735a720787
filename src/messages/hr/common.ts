import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Korisničko ime',
  'field.password': 'Zaporka',
  'field.code': 'Kôd',
  'action.signIn': 'Prijava',
  'action.confirm': 'Potvrdi',
  'action.resendCode': 'Pošalji novi kôd',
  'action.backToSignIn': 'Natrag na prijavu',
  'action.changePassword': 'Promijeni zaporku',
  'action.working': 'Pričekajte…',
  'action.showPassword': 'Prikaži zaporku',
  'action.resendCodeIn.one': 'Novi kôd možete zatražiti za {count} sekundu',
  'action.resendCodeIn.few': 'Novi kôd možete zatražiti za {count} sekunde',
  'action.resendCodeIn.other': 'Novi kôd možete zatražiti za {count} sekundi',
  'hint.codeResentNoDestination': 'Novi kôd je na putu.',
  'hint.resetRequired': 'Prije prijave morate ponovno postaviti zaporku.',
  'error.prefix': 'Pogreška:',
  'error.network': 'Ne možemo se povezati s uslugom za prijavu. Provjerite vezu i pokušajte ponovno.',
  'field.email': 'E-pošta',
  'field.phone': 'Telefonski broj',
  'field.emailOrPhone': 'E-pošta ili telefonski broj',
  'action.createAccount': 'Izradi račun',
  'hint.codeLength.one': 'Kôd ima {count} znamenku.',
  'hint.codeLength.few': 'Kôd ima {count} znamenke.',
  'hint.codeLength.other': 'Kôd ima {count} znamenaka.',
};
