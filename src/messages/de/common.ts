import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Benutzername',
  'field.password': 'Passwort',
  'field.code': 'Code',
  'action.signIn': 'Anmelden',
  'action.confirm': 'Bestätigen',
  'action.resendCode': 'Neuen Code senden',
  'action.backToSignIn': 'Zurück zur Anmeldung',
  'action.changePassword': 'Passwort ändern',
  'action.working': 'Bitte warten…',
  'action.showPassword': 'Passwort anzeigen',
  'action.resendCodeIn.one': 'Neuen Code in {count} Sekunde senden',
  'action.resendCodeIn.other': 'Neuen Code in {count} Sekunden senden',
  'hint.codeResentNoDestination': 'Ein neuer Code ist unterwegs.',
  'hint.resetRequired': 'Sie müssen Ihr Passwort zurücksetzen, bevor Sie sich anmelden können.',
  'error.prefix': 'Fehler:',
  'error.network':
    'Der Anmeldedienst ist nicht erreichbar. Überprüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
  'field.email': 'E-Mail-Adresse',
  'field.phone': 'Telefonnummer',
  'field.emailOrPhone': 'E-Mail-Adresse oder Telefonnummer',
  'action.createAccount': 'Konto erstellen',
  'hint.codeLength.one': 'Der Code hat {count} Stelle.',
  'hint.codeLength.other': 'Der Code hat {count} Stellen.',
};
