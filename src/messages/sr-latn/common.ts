import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Korisničko ime',
  'field.password': 'Lozinka',
  'field.code': 'Kôd',
  'action.signIn': 'Prijavi se',
  'action.confirm': 'Potvrdi',
  'action.resendCode': 'Pošalji novi kôd',
  'action.backToSignIn': 'Nazad na prijavljivanje',
  'action.changePassword': 'Promeni lozinku',
  'action.working': 'Sačekajte…',
  'action.showPassword': 'Prikaži lozinku',
  'action.resendCodeIn.one': 'Novi kôd možete da zatražite za {count} sekundu',
  'action.resendCodeIn.few': 'Novi kôd možete da zatražite za {count} sekunde',
  'action.resendCodeIn.other': 'Novi kôd možete da zatražite za {count} sekundi',
  'hint.codeResentNoDestination': 'Novi kôd je na putu.',
  'hint.resetRequired': 'Pre prijavljivanja morate da resetujete lozinku.',
  'error.prefix': 'Greška:',
  'error.network': 'Ne možemo da se povežemo sa uslugom za prijavljivanje. Proverite vezu i pokušajte ponovo.',
  'field.email': 'Imejl',
  'field.phone': 'Broj telefona',
  'field.emailOrPhone': 'Imejl ili broj telefona',
  'action.createAccount': 'Napravi nalog',
  'hint.codeLength.one': 'Kôd ima {count} cifru.',
  'hint.codeLength.few': 'Kôd ima {count} cifre.',
  'hint.codeLength.other': 'Kôd ima {count} cifara.',
};
