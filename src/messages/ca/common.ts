import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nom d’usuari',
  'field.password': 'Contrasenya',
  'field.code': 'Codi',
  'action.signIn': 'Inicia la sessió',
  'action.confirm': 'Confirma',
  'action.resendCode': 'Envia un codi nou',
  'action.backToSignIn': 'Torna a l’inici de sessió',
  'action.changePassword': 'Canvia la contrasenya',
  'action.working': 'Espera un moment…',
  'action.showPassword': 'Mostra la contrasenya',
  'action.resendCodeIn.one': 'Podràs demanar un codi nou d’aquí a {count} segon',
  'action.resendCodeIn.many': 'Podràs demanar un codi nou d’aquí a {count} segons',
  'action.resendCodeIn.other': 'Podràs demanar un codi nou d’aquí a {count} segons',
  'hint.codeResentNoDestination': 'Un codi nou és de camí.',
  'hint.resetRequired': 'Has de restablir la contrasenya abans d’iniciar la sessió.',
  'error.prefix': 'Error:',
  'error.network': 'No hem pogut connectar amb el servei d’inici de sessió. Comprova la connexió i torna-ho a provar.',
  'field.email': 'Correu electrònic',
  'field.phone': 'Número de telèfon',
  'field.emailOrPhone': 'Correu electrònic o número de telèfon',
  'action.createAccount': 'Crea un compte',
  'hint.codeLength.one': 'El codi té {count} xifra.',
  'hint.codeLength.many': 'El codi té {count} xifres.',
  'hint.codeLength.other': 'El codi té {count} xifres.',
};
