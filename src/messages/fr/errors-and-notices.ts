import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Votre compte est confirmé. Connectez-vous pour continuer.',
  'notice.passwordReset': 'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
  'notice.totpSetupRestart':
    'La configuration de l’application d’authentification ne peut pas reprendre après un rechargement de la page. Reconnectez-vous pour recommencer.',
  'notice.passkeyRegistered': 'Clé d’accès créée. Vous pourrez l’utiliser lors de votre prochaine connexion.',
  'notice.signedOut': 'Vous avez fermé votre session.',
  'error.required': 'Ce champ est obligatoire.',
  'error.passwordMismatch': 'Les mots de passe ne correspondent pas.',
  'error.codeFormat': 'Le code ne doit contenir que des chiffres.',
  'error.emailFormat': 'Saisissez une adresse e-mail au format nom@example.com.',
  'error.notAuthorized': 'Nom d’utilisateur ou mot de passe incorrect.',
  'error.signInEnded': 'La connexion a été interrompue. Reconnectez-vous pour réessayer.',
  'error.userNotFound': 'Aucun compte ne correspond à ce nom d’utilisateur.',
  'error.wrongAnswer': 'Cette réponse est incorrecte. Réessayez.',
  'error.codeMismatch': 'Ce code est incorrect. Vérifiez-le et réessayez.',
  'error.expiredCode': 'Ce code a expiré. Demandez-en un nouveau.',
  'error.limitExceeded': 'Trop de tentatives. Patientez un moment avant de réessayer.',
  'error.tooManyRequests': 'Trop de demandes. Patientez quelques instants, puis réessayez.',
  'error.tooManyFailedAttempts': 'Trop de tentatives infructueuses. Patientez un moment avant de réessayer.',
  'error.invalidPassword': 'Ce mot de passe n’est pas autorisé. Choisissez-en un autre.',
  'error.passwordRule': 'Votre mot de passe doit contenir : {rule}',
  'error.passwordTooShort': 'Ce mot de passe est trop court.',
  'error.invalidParameter': 'Une information saisie n’est pas valide. Vérifiez-la et réessayez.',
  'error.passwordResetRequired': 'Vous devez réinitialiser votre mot de passe.',
  'error.userNotConfirmed': 'Votre compte n’est pas encore confirmé.',
  'error.sessionExpired': 'Votre session de connexion a expiré. Reconnectez-vous.',
  'error.alreadySignedIn': 'Votre session est déjà ouverte.',
  'error.passwordAttemptsExceeded': 'Trop de mots de passe incorrects. Patientez 15 minutes avant de réessayer.',
  'error.invalidPreferredChallenge': 'Ce mode de connexion n’est pas disponible. Choisissez-en un autre.',
  'error.service': 'Le service de connexion a rencontré un problème. Réessayez dans quelques instants.',
  'error.configuration': 'La connexion n’est pas configurée correctement. Contactez le propriétaire du site.',
  'error.passkeyCanceled':
    'La demande de clé d’accès a été annulée ou a expiré. Réessayez ou choisissez un autre mode de connexion.',
  'error.passkeyRegistrationCanceled':
    'La clé d’accès n’a pas été créée : la demande a été annulée ou a expiré. Réessayez ou choisissez « Pas maintenant ».',
  'error.passkeyUnsupported': 'Ce navigateur ne peut pas utiliser de clé d’accès ici.',
  'error.passkeyExists': 'Cet appareil possède déjà une clé d’accès pour votre compte.',
  'error.socialSignIn':
    'La connexion avec ce fournisseur a échoué. Réessayez ou choisissez un autre mode de connexion.',
  'error.unknownStep': 'Cette étape de connexion n’est pas prise en charge.',
  'error.signInElsewhere':
    'Une autre connexion est déjà en cours sur cette page. Terminez-la ou revenez d’abord en arrière.',
  'error.socialCanceled': 'La connexion avec ce fournisseur a été annulée.',
  'error.flowNotAllowed':
    'Ce mode de connexion n’est pas activé pour cette application. Contactez le propriétaire du site.',
  'error.unknown': 'Une erreur s’est produite. Réessayez.',
  'error.accountExists.email':
    'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.',
  'error.accountExists.phone_number':
    'Un compte existe déjà avec ce numéro de téléphone. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.',
  'error.accountExists.username': 'Ce nom d’utilisateur est déjà pris. S’il est à vous, connectez-vous.',
  'error.phoneFormat': 'Saisissez le numéro avec l’indicatif du pays, par exemple +33612345678.',
  'error.signUpNotAllowed': 'Impossible de créer un compte ici. Contactez le responsable du site.',
  'error.codeDelivery':
    'Le code n’a pas pu être envoyé. Vérifiez l’adresse e-mail ou le numéro de téléphone, puis réessayez.',
  'error.signUpLinkWaitEnded': 'Nous n’attendons plus l’ouverture du lien. Une fois le lien ouvert, connectez-vous.',
  'notice.signUpLinkRestart': 'Une fois que vous avez ouvert le lien que nous vous avons envoyé, connectez-vous.',
  'notice.contactVerified': 'Merci, c’est vérifié. Vous pourrez vous en servir pour réinitialiser votre mot de passe.',
  'notice.sessionEnded': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'error.pageRefusal': '{reason}',
};
