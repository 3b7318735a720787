import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Lietotājvārds',
  'field.password': 'Parole',
  'field.code': 'Kods',
  'action.signIn': 'Pierakstīties',
  'action.confirm': 'Apstiprināt',
  'action.resendCode': 'Sūtīt jaunu kodu',
  'action.backToSignIn': 'Atpakaļ uz pierakstīšanos',
  'action.changePassword': 'Mainīt paroli',
  'action.working': 'Lūdzu, uzgaidiet…',
  'action.showPassword': 'Rādīt paroli',
  'action.resendCodeIn.zero': 'Jaunu kodu varēsiet pieprasīt pēc {count} sekundēm',
  'action.resendCodeIn.one': 'Jaunu kodu varēsiet pieprasīt pēc {count} sekundes',
  'action.resendCodeIn.other': 'Jaunu kodu varēsiet pieprasīt pēc {count} sekundēm',
  'hint.codeResentNoDestination': 'Jauns kods jau ir ceļā.',
  'hint.resetRequired': 'Pirms pierakstīšanās parole ir jāatiestata.',
  'error.prefix': 'Kļūda:',
  'error.network': 'Neizdevās sazināties ar pierakstīšanās pakalpojumu. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  'field.email': 'E-pasts',
  'field.phone': 'Tālruņa numurs',
  'field.emailOrPhone': 'E-pasts vai tālruņa numurs',
  'action.createAccount': 'Izveidot kontu',
  'hint.codeLength.zero': 'Kodā ir {count} cipari.',
  'hint.codeLength.one': 'Kodā ir {count} cipars.',
  'hint.codeLength.other': 'Kodā ir {count} cipari.',
};
