import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Ihr Konto ist bestätigt. Melden Sie sich an, um fortzufahren.',
  'notice.passwordReset': 'Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.',
  'notice.totpSetupRestart':
    'Die Einrichtung der Authenticator-App kann nach dem Neuladen der Seite nicht fortgesetzt werden. Melden Sie sich erneut an, um von vorn zu beginnen.',
  'notice.passkeyRegistered': 'Passkey erstellt. Sie können ihn bei der nächsten Anmeldung verwenden.',
  'notice.signedOut': 'Sie sind abgemeldet.',
  'error.required': 'Dieses Feld ist erforderlich.',
  'error.passwordMismatch': 'Die Passwörter stimmen nicht überein.',
  'error.codeFormat': 'Der Code darf nur Ziffern enthalten.',
  'error.emailFormat': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'error.notAuthorized': 'Benutzername oder Passwort ist falsch.',
  'error.signInEnded': 'Die Anmeldung wurde abgebrochen. Melden Sie sich erneut an, um es noch einmal zu versuchen.',
  'error.userNotFound': 'Wir konnten kein Konto mit diesem Benutzernamen finden.',
  'error.wrongAnswer': 'Diese Antwort ist nicht richtig. Versuchen Sie es noch einmal.',
  'error.codeMismatch': 'Dieser Code ist nicht richtig. Überprüfen Sie ihn und versuchen Sie es noch einmal.',
  'error.expiredCode': 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
  'error.limitExceeded': 'Zu viele Versuche. Warten Sie eine Weile, bevor Sie es noch einmal versuchen.',
  'error.tooManyRequests': 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann noch einmal.',
  'error.tooManyFailedAttempts':
    'Zu viele fehlgeschlagene Versuche. Warten Sie eine Weile, bevor Sie es noch einmal versuchen.',
  'error.invalidPassword': 'Dieses Passwort ist nicht zulässig. Wählen Sie ein anderes.',
  'error.passwordRule': 'Ihr Passwort muss Folgendes enthalten: {rule}',
  'error.passwordTooShort': 'Dieses Passwort ist zu kurz.',
  'error.invalidParameter': 'Eine Ihrer Eingaben ist ungültig. Überprüfen Sie sie und versuchen Sie es noch einmal.',
  'error.passwordResetRequired': 'Sie müssen Ihr Passwort zurücksetzen.',
  'error.userNotConfirmed': 'Ihr Konto ist noch nicht bestätigt.',
  'error.sessionExpired': 'Ihre Anmeldesitzung ist abgelaufen. Melden Sie sich erneut an.',
  'error.alreadySignedIn': 'Sie sind bereits angemeldet.',
  'error.passwordAttemptsExceeded':
    'Das Passwort wurde zu oft falsch eingegeben. Warten Sie 15 Minuten, bevor Sie es noch einmal versuchen.',
  'error.invalidPreferredChallenge': 'Diese Anmeldemethode ist nicht verfügbar. Wählen Sie eine andere.',
  'error.service': 'Beim Anmeldedienst ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
  'error.configuration': 'Die Anmeldung ist nicht richtig eingerichtet. Wenden Sie sich an den Betreiber der Website.',
  'error.passkeyCanceled':
    'Die Passkey-Anfrage wurde abgebrochen oder hat zu lange gedauert. Versuchen Sie es noch einmal oder wählen Sie eine andere Anmeldemethode.',
  'error.passkeyRegistrationCanceled':
    'Der Passkey wurde nicht erstellt: Die Anfrage wurde abgebrochen oder hat zu lange gedauert. Versuchen Sie es noch einmal oder wählen Sie „Jetzt nicht“.',
  'error.passkeyUnsupported': 'Dieser Browser kann hier keine Passkeys verwenden.',
  'error.passkeyExists': 'Auf diesem Gerät gibt es bereits einen Passkey für Ihr Konto.',
  'error.socialSignIn':
    'Die Anmeldung über diesen Anbieter hat nicht funktioniert. Versuchen Sie es noch einmal oder wählen Sie eine andere Methode.',
  'error.unknownStep': 'Dieser Anmeldeschritt wird nicht unterstützt.',
  'error.signInElsewhere':
    'Auf dieser Seite läuft bereits eine andere Anmeldung. Schließen Sie diese zuerst ab oder gehen Sie zurück.',
  'error.socialCanceled': 'Die Anmeldung über diesen Anbieter wurde abgebrochen.',
  'error.flowNotAllowed':
    'Diese Anmeldemethode ist für diese App nicht aktiviert. Wenden Sie sich an den Betreiber der Website.',
  'error.unknown': 'Ein Fehler ist aufgetreten. Versuchen Sie es noch einmal.',
  'error.accountExists.email':
    'Mit dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich an oder setzen Sie Ihr Passwort zurück, falls Sie es vergessen haben.',
  'error.accountExists.phone_number':
    'Mit dieser Telefonnummer gibt es bereits ein Konto. Melden Sie sich an oder setzen Sie Ihr Passwort zurück, falls Sie es vergessen haben.',
  'error.accountExists.username':
    'Dieser Benutzername ist bereits vergeben. Wenn es Ihrer ist, melden Sie sich stattdessen an.',
  'error.phoneFormat': 'Geben Sie die Telefonnummer mit Ländervorwahl ein, z. B. +4915112345678.',
  'error.signUpNotAllowed':
    'Hier können keine neuen Konten erstellt werden. Wenden Sie sich an den Betreiber der Website.',
  'error.codeDelivery':
    'Der Code konnte nicht gesendet werden. Prüfen Sie die E-Mail-Adresse oder Telefonnummer und versuchen Sie es noch einmal.',
  'error.signUpLinkWaitEnded':
    'Wir warten nicht länger darauf, dass der Link geöffnet wird. Sobald Sie ihn geöffnet haben, melden Sie sich an.',
  'notice.signUpLinkRestart': 'Sobald Sie den Link geöffnet haben, den wir Ihnen geschickt haben, melden Sie sich an.',
  'notice.contactVerified': 'Danke, die Angabe ist bestätigt. Damit können Sie jetzt Ihr Passwort zurücksetzen.',
  'notice.sessionEnded': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'error.pageRefusal': '{reason}',
};
