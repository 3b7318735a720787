import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nume de utilizator',
  'field.password': 'Parolă',
  'field.code': 'Cod',
  'action.signIn': 'Conectați-vă',
  'action.confirm': 'Confirmați',
  'action.resendCode': 'Trimiteți un cod nou',
  'action.backToSignIn': 'Înapoi la conectare',
  'action.changePassword': 'Schimbați parola',
  'action.working': 'Așteptați…',
  'action.showPassword': 'Afișați parola',
  'action.resendCodeIn.one': 'Trimiteți un cod nou peste {count} secundă',
  'action.resendCodeIn.few': 'Trimiteți un cod nou peste {count} secunde',
  'action.resendCodeIn.other': 'Trimiteți un cod nou peste {count} de secunde',
  'hint.codeResentNoDestination': 'Vă trimitem un cod nou.',
  'hint.resetRequired': 'Trebuie să resetați parola înainte de a vă conecta.',
  'error.prefix': 'Eroare:',
  'error.network': 'Nu am putut contacta serviciul de conectare. Verificați conexiunea și încercați din nou.',
  'field.email': 'Adresă de e-mail',
  'field.phone': 'Număr de telefon',
  'field.emailOrPhone': 'Adresă de e-mail sau număr de telefon',
  'action.createAccount': 'Creați un cont',
  'hint.codeLength.one': 'Codul are {count} cifră.',
  'hint.codeLength.few': 'Codul are {count} cifre.',
  'hint.codeLength.other': 'Codul are {count} de cifre.',
};
