import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Je account is bevestigd. Log in om door te gaan.',
  'notice.passwordReset': 'Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.',
  'notice.totpSetupRestart':
    'Het instellen van de authenticator-app kan niet verder nadat de pagina opnieuw is geladen. Log opnieuw in om van voren af aan te beginnen.',
  'notice.passkeyRegistered': 'Toegangssleutel gemaakt. Je kunt deze gebruiken als je de volgende keer inlogt.',
  'notice.signedOut': 'Je bent uitgelogd.',
  'error.required': 'Dit veld is verplicht.',
  'error.passwordMismatch': 'De wachtwoorden komen niet overeen.',
  'error.codeFormat': 'De code mag alleen cijfers bevatten.',
  'error.emailFormat': 'Vul een e-mailadres in zoals naam@example.com.',
  'error.notAuthorized': 'Onjuiste gebruikersnaam of onjuist wachtwoord.',
  'error.signInEnded': 'Het inloggen is gestopt. Log opnieuw in om het nog eens te proberen.',
  'error.userNotFound': 'We kunnen geen account met die gebruikersnaam vinden.',
  'error.wrongAnswer': 'Dat antwoord is niet juist. Probeer het opnieuw.',
  'error.codeMismatch': 'Die code is niet juist. Controleer de code en probeer het opnieuw.',
  'error.expiredCode': 'Die code is verlopen. Vraag een nieuwe aan.',
  'error.limitExceeded': 'Te veel pogingen. Wacht even voordat je het opnieuw probeert.',
  'error.tooManyRequests': 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
  'error.tooManyFailedAttempts': 'Te veel mislukte pogingen. Wacht even voordat je het opnieuw probeert.',
  'error.invalidPassword': 'Dit wachtwoord is niet toegestaan. Kies een ander wachtwoord.',
  'error.passwordRule': 'Je wachtwoord moet bevatten: {rule}',
  'error.passwordTooShort': 'Dit wachtwoord is te kort.',
  'error.invalidParameter': 'Iets wat je hebt ingevuld, is niet geldig. Controleer het en probeer het opnieuw.',
  'error.passwordResetRequired': 'Je moet je wachtwoord resetten.',
  'error.userNotConfirmed': 'Je account is nog niet bevestigd.',
  'error.sessionExpired': 'Je inlogsessie is verlopen. Log opnieuw in.',
  'error.alreadySignedIn': 'Je bent al ingelogd.',
  'error.passwordAttemptsExceeded':
    'Te vaak een onjuist wachtwoord ingevuld. Wacht 15 minuten voordat je het opnieuw probeert.',
  'error.invalidPreferredChallenge': 'Die inlogmethode is niet beschikbaar. Kies een andere.',
  'error.service': 'Er is een probleem met de inlogservice. Probeer het zo opnieuw.',
  'error.configuration': 'Het inloggen is niet goed ingesteld. Neem contact op met de eigenaar van de site.',
  'error.passkeyCanceled':
    'Het verzoek voor de toegangssleutel is geannuleerd of verlopen. Probeer het opnieuw of kies een andere manier om in te loggen.',
  'error.passkeyRegistrationCanceled':
    'De toegangssleutel is niet gemaakt: het verzoek is geannuleerd of verlopen. Probeer het opnieuw of kies ‘Niet nu’.',
  'error.passkeyUnsupported': 'Deze browser kan hier geen toegangssleutels gebruiken.',
  'error.passkeyExists': 'Dit apparaat heeft al een toegangssleutel voor je account.',
  'error.socialSignIn': 'Inloggen via die provider is niet gelukt. Probeer het opnieuw of kies een andere manier.',
  'error.unknownStep': 'Deze inlogstap wordt niet ondersteund.',
  'error.signInElsewhere': 'Er loopt al een andere inlogpoging op deze pagina. Rond die eerst af of ga terug.',
  'error.socialCanceled': 'Inloggen via die provider is geannuleerd.',
  'error.flowNotAllowed':
    'Deze manier van inloggen is niet ingeschakeld voor deze app. Neem contact op met de eigenaar van de site.',
  'error.unknown': 'Er is iets misgegaan. Probeer het opnieuw.',
  'error.accountExists.email':
    'Er bestaat al een account met dit e-mailadres. Log in, of stel je wachtwoord opnieuw in als je het bent vergeten.',
  'error.accountExists.phone_number':
    'Er bestaat al een account met dit telefoonnummer. Log in, of stel je wachtwoord opnieuw in als je het bent vergeten.',
  'error.accountExists.username': 'Deze gebruikersnaam is al in gebruik. Is het de jouwe? Log dan in.',
  'error.phoneFormat': 'Vul het telefoonnummer in met landcode, bijvoorbeeld +31612345678.',
  'error.signUpNotAllowed':
    'Hier kunnen geen nieuwe accounts worden gemaakt. Neem contact op met de beheerder van de site.',
  'error.codeDelivery':
    'We konden de code niet versturen. Controleer het e-mailadres of telefoonnummer en probeer het opnieuw.',
  'error.signUpLinkWaitEnded': 'We wachten niet langer tot de link wordt geopend. Log in zodra je hem hebt geopend.',
  'notice.signUpLinkRestart': 'Log in zodra je de link hebt geopend die we je hebben gestuurd.',
  'notice.contactVerified':
    'Bedankt, het is geverifieerd. Je kunt het nu gebruiken om je wachtwoord opnieuw in te stellen.',
  'notice.sessionEnded': 'Je sessie is beëindigd. Log opnieuw in om verder te gaan.',
  'error.pageRefusal': '{reason}',
};
