import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nome utente',
  'field.password': 'Password',
  'field.code': 'Codice',
  'action.signIn': 'Accedi',
  'action.confirm': 'Conferma',
  'action.resendCode': 'Invia un nuovo codice',
  'action.backToSignIn': 'Torna all’accesso',
  'action.changePassword': 'Cambia password',
  'action.working': 'Attendi…',
  'action.showPassword': 'Mostra password',
  'action.resendCodeIn.one': 'Invia un nuovo codice tra {count} secondo',
  'action.resendCodeIn.many': 'Invia un nuovo codice tra {count} secondi',
  'action.resendCodeIn.other': 'Invia un nuovo codice tra {count} secondi',
  'hint.codeResentNoDestination': 'Stiamo inviando un nuovo codice.',
  'hint.resetRequired': 'Devi reimpostare la password prima di poter accedere.',
  'error.prefix': 'Errore:',
  'error.network': 'Impossibile raggiungere il servizio di accesso. Controlla la connessione e riprova.',
  'field.email': 'Indirizzo email',
  'field.phone': 'Numero di telefono',
  'field.emailOrPhone': 'Indirizzo email o numero di telefono',
  'action.createAccount': 'Crea account',
  'hint.codeLength.one': 'Il codice ha {count} cifra.',
  'hint.codeLength.many': 'Il codice ha {count} cifre.',
  'hint.codeLength.other': 'Il codice ha {count} cifre.',
};
