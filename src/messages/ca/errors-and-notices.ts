import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'S’ha confirmat el compte. Inicia la sessió per continuar.',
  'notice.passwordReset': 'S’ha canviat la contrasenya. Inicia la sessió amb la contrasenya nova.',
  'notice.totpSetupRestart':
    'La configuració de l’aplicació d’autenticació no pot continuar després de tornar a carregar la pàgina. Torna a iniciar la sessió per començar de nou.',
  'notice.passkeyRegistered':
    'S’ha creat la clau d’accés. La podràs fer servir la pròxima vegada que iniciïs la sessió.',
  'notice.signedOut': 'Has tancat la sessió.',
  'error.required': 'Aquest camp és obligatori.',
  'error.passwordMismatch': 'Les contrasenyes no coincideixen.',
  'error.codeFormat': 'Introdueix el codi només amb xifres.',
  'error.emailFormat': 'Introdueix una adreça electrònica com ara nom@example.com.',
  'error.notAuthorized': 'El nom d’usuari o la contrasenya no són correctes.',
  'error.signInEnded': 'S’ha aturat l’inici de sessió. Torna a iniciar la sessió per tornar-ho a provar.',
  'error.userNotFound': 'No hem trobat cap compte amb aquest nom d’usuari.',
  'error.wrongAnswer': 'La resposta no és correcta. Torna-ho a provar.',
  'error.codeMismatch': 'El codi no és correcte. Comprova’l i torna-ho a provar.',
  'error.expiredCode': 'El codi ha caducat. Demana’n un de nou.',
  'error.limitExceeded': 'Massa intents. Espera una estona abans de tornar-ho a provar.',
  'error.tooManyRequests': 'Massa sol·licituds. Espera un moment i torna-ho a provar.',
  'error.tooManyFailedAttempts': 'Massa intents fallits. Espera una estona abans de tornar-ho a provar.',
  'error.invalidPassword': 'Aquesta contrasenya no es permet. Tria’n una altra.',
  'error.passwordRule': 'La contrasenya ha de tenir: {rule}',
  'error.passwordTooShort': 'Aquesta contrasenya és massa curta.',
  'error.invalidParameter': 'Alguna dada que has introduït no és vàlida. Comprova-la i torna-ho a provar.',
  'error.passwordResetRequired': 'Has de restablir la contrasenya.',
  'error.userNotConfirmed': 'El teu compte encara no s’ha confirmat.',
  'error.sessionExpired': 'S’ha esgotat el temps per iniciar la sessió. Torna-ho a començar.',
  'error.alreadySignedIn': 'Ja has iniciat la sessió.',
  'error.passwordAttemptsExceeded': 'Massa contrasenyes incorrectes. Espera 15 minuts abans de tornar-ho a provar.',
  'error.invalidPreferredChallenge': 'Aquest mètode d’inici de sessió no està disponible. Tria’n un altre.',
  'error.service': 'El servei d’inici de sessió ha tingut un problema. Torna-ho a provar d’aquí a un moment.',
  'error.configuration': 'L’inici de sessió no està ben configurat. Contacta amb el propietari del lloc web.',
  'error.passkeyCanceled':
    'La sol·licitud de la clau d’accés s’ha cancel·lat o ha esgotat el temps. Torna-ho a provar o tria una altra manera d’iniciar la sessió.',
  'error.passkeyRegistrationCanceled':
    'No s’ha creat la clau d’accés: la sol·licitud s’ha cancel·lat o ha esgotat el temps. Torna-ho a provar o tria «Ara no».',
  'error.passkeyUnsupported': 'Aquest navegador no pot fer servir claus d’accés aquí.',
  'error.passkeyExists': 'Aquest dispositiu ja té una clau d’accés per al teu compte.',
  'error.socialSignIn':
    'No s’ha pogut iniciar la sessió amb aquest proveïdor. Torna-ho a provar o fes servir una altra manera.',
  'error.unknownStep': 'Aquest pas de l’inici de sessió no és compatible.',
  'error.signInElsewhere':
    'Ja hi ha un altre inici de sessió en curs en aquesta pàgina. Acaba’l o torna enrere primer.',
  'error.socialCanceled': 'S’ha cancel·lat l’inici de sessió amb aquest proveïdor.',
  'error.flowNotAllowed':
    'Aquesta manera d’iniciar la sessió no està activada en aquesta aplicació. Contacta amb el propietari del lloc web.',
  'error.unknown': 'Alguna cosa no ha anat bé. Torna-ho a provar.',
  'error.accountExists.email':
    'Ja hi ha un compte amb aquesta adreça electrònica. Inicia la sessió o restableix la contrasenya si l’has oblidada.',
  'error.accountExists.phone_number':
    'Ja hi ha un compte amb aquest número de telèfon. Inicia la sessió o restableix la contrasenya si l’has oblidada.',
  'error.accountExists.username': 'Aquest nom d’usuari ja està agafat. Si és teu, inicia la sessió.',
  'error.phoneFormat': 'Introdueix el número de telèfon amb el prefix del país, com ara +34612345678.',
  'error.signUpNotAllowed': 'Aquí no es poden crear comptes nous. Contacta amb el propietari del lloc web.',
  'error.codeDelivery':
    'No hem pogut enviar el codi. Comprova l’adreça electrònica o el número de telèfon i torna-ho a provar.',
  'error.signUpLinkWaitEnded': 'Hem deixat d’esperar que obris l’enllaç. Quan l’hagis obert, inicia la sessió.',
  'notice.signUpLinkRestart': 'Quan hagis obert l’enllaç que t’hem enviat, inicia la sessió.',
  'notice.contactVerified': 'Gràcies, ja està verificat. Ara el pots fer servir per restablir la contrasenya.',
  'notice.sessionEnded': 'La sessió ha acabat. Torna a iniciar la sessió per continuar.',
  'error.pageRefusal': '{reason}',
};
