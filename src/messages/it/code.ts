import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Ricorda questo dispositivo',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Inserisci il codice ricevuto via SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Inserisci il codice ricevuto via email',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Inserisci il codice dell’app di autenticazione',
  'step.CONFIRM_SIGN_UP.title': 'Conferma il tuo account',
  'hint.codeSent': 'Abbiamo inviato un codice a {destination}.',
  'hint.codeSentBy.SMS': 'Abbiamo inviato un codice via SMS a {destination}.',
  'hint.codeSentBy.EMAIL': 'Abbiamo inviato un codice via email a {destination}.',
  'hint.totpCode': 'Apri l’app di autenticazione e inserisci il codice a 6 cifre per questo account.',
  'hint.confirmSignUp': 'Inserisci il codice che abbiamo inviato a {destination} per confermare il tuo account.',
  'hint.confirmSignUpNoDestination': 'Inserisci il codice che ti abbiamo inviato per confermare il tuo account.',
};
