import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Contul a fost confirmat. Conectați-vă pentru a continua.',
  'notice.passwordReset': 'Parola a fost schimbată. Conectați-vă cu parola nouă.',
  'notice.totpSetupRestart':
    'Configurarea aplicației de autentificare nu poate continua după reîncărcarea paginii. Conectați-vă din nou pentru a o lua de la capăt.',
  'notice.passkeyRegistered': 'Cheia de acces a fost creată. O puteți folosi data viitoare când vă conectați.',
  'notice.signedOut': 'V-ați deconectat.',
  'error.required': 'Acest câmp este obligatoriu.',
  'error.passwordMismatch': 'Parolele nu se potrivesc.',
  'error.codeFormat': 'Codul trebuie să conțină doar cifre.',
  'error.emailFormat': 'Introduceți o adresă de e-mail de forma nume@example.com.',
  'error.notAuthorized': 'Nume de utilizator sau parolă incorectă.',
  'error.signInEnded': 'Conectarea a fost întreruptă. Conectați-vă din nou pentru a reîncerca.',
  'error.userNotFound': 'Nu am găsit niciun cont cu acest nume de utilizator.',
  'error.wrongAnswer': 'Răspunsul nu este corect. Încercați din nou.',
  'error.codeMismatch': 'Codul nu este corect. Verificați-l și încercați din nou.',
  'error.expiredCode': 'Codul a expirat. Solicitați unul nou.',
  'error.limitExceeded': 'Prea multe încercări. Așteptați puțin înainte de a încerca din nou.',
  'error.tooManyRequests': 'Prea multe solicitări. Așteptați un moment și încercați din nou.',
  'error.tooManyFailedAttempts': 'Prea multe încercări nereușite. Așteptați puțin înainte de a încerca din nou.',
  'error.invalidPassword': 'Această parolă nu este permisă. Alegeți alta.',
  'error.passwordRule': 'Parola trebuie să conțină: {rule}',
  'error.passwordTooShort': 'Parola este prea scurtă.',
  'error.invalidParameter': 'Unele date introduse nu sunt valide. Verificați-le și încercați din nou.',
  'error.passwordResetRequired': 'Trebuie să vă resetați parola.',
  'error.userNotConfirmed': 'Contul nu este încă confirmat.',
  'error.sessionExpired': 'Sesiunea de conectare a expirat. Conectați-vă din nou.',
  'error.alreadySignedIn': 'V-ați conectat deja.',
  'error.passwordAttemptsExceeded': 'Prea multe parole greșite. Așteptați 15 minute înainte de a încerca din nou.',
  'error.invalidPreferredChallenge': 'Această metodă de conectare nu este disponibilă. Alegeți alta.',
  'error.service': 'Serviciul de conectare a întâmpinat o problemă. Încercați din nou peste câteva momente.',
  'error.configuration': 'Conectarea nu este configurată corect. Contactați proprietarul site-ului.',
  'error.passkeyCanceled':
    'Solicitarea pentru cheia de acces a fost anulată sau a expirat. Încercați din nou sau alegeți altă metodă de conectare.',
  'error.passkeyRegistrationCanceled':
    'Cheia de acces nu a fost creată: solicitarea a fost anulată sau a expirat. Încercați din nou sau alegeți „Nu acum”.',
  'error.passkeyUnsupported': 'Acest browser nu poate folosi chei de acces aici.',
  'error.passkeyExists': 'Acest dispozitiv are deja o cheie de acces pentru contul dvs.',
  'error.socialSignIn': 'Conectarea prin acest furnizor nu a reușit. Încercați din nou sau folosiți altă metodă.',
  'error.unknownStep': 'Acest pas de conectare nu este acceptat.',
  'error.signInElsewhere': 'O altă conectare este deja în curs pe această pagină. Finalizați-o sau reveniți mai întâi.',
  'error.socialCanceled': 'Conectarea prin acest furnizor a fost anulată.',
  'error.flowNotAllowed':
    'Această metodă de conectare nu este activată pentru această aplicație. Contactați proprietarul site-ului.',
  'error.unknown': 'A apărut o eroare. Încercați din nou.',
  'error.accountExists.email':
    'Există deja un cont cu această adresă de e-mail. Conectați-vă sau resetați parola dacă ați uitat-o.',
  'error.accountExists.phone_number':
    'Există deja un cont cu acest număr de telefon. Conectați-vă sau resetați parola dacă ați uitat-o.',
  'error.accountExists.username': 'Acest nume de utilizator este deja folosit. Dacă este al dvs., conectați-vă.',
  'error.phoneFormat': 'Introduceți numărul cu prefixul țării, de exemplu +40712345678.',
  'error.signUpNotAllowed': 'Aici nu se pot crea conturi noi. Contactați administratorul site-ului.',
  'error.codeDelivery':
    'Codul nu a putut fi trimis. Verificați adresa de e-mail sau numărul de telefon și încercați din nou.',
  'error.signUpLinkWaitEnded': 'Nu mai așteptăm deschiderea linkului. După ce îl deschideți, conectați-vă.',
  'notice.signUpLinkRestart': 'După ce deschideți linkul pe care vi l-am trimis, conectați-vă.',
  'notice.contactVerified': 'Mulțumim, a fost verificat. Acum îl puteți folosi pentru a vă reseta parola.',
  'notice.sessionEnded': 'Sesiunea ta s-a încheiat. Conectează-te din nou pentru a continua.',
  'error.pageRefusal': '{reason}',
};
