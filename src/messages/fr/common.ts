import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nom d’utilisateur',
  'field.password': 'Mot de passe',
  'field.code': 'Code',
  'action.signIn': 'Se connecter',
  'action.confirm': 'Confirmer',
  'action.resendCode': 'Envoyer un nouveau code',
  'action.backToSignIn': 'Retour à la connexion',
  'action.changePassword': 'Modifier le mot de passe',
  'action.working': 'Veuillez patienter…',
  'action.showPassword': 'Afficher le mot de passe',
  'action.resendCodeIn.one': 'Envoyer un nouveau code dans {count} seconde',
  'action.resendCodeIn.many': 'Envoyer un nouveau code dans {count} secondes',
  'action.resendCodeIn.other': 'Envoyer un nouveau code dans {count} secondes',
  'hint.codeResentNoDestination': 'Un nouveau code est en cours d’envoi.',
  'hint.resetRequired': 'Vous devez réinitialiser votre mot de passe avant de pouvoir vous connecter.',
  'error.prefix': 'Erreur :',
  'error.network': 'Impossible de joindre le service de connexion. Vérifiez votre connexion Internet et réessayez.',
  'field.email': 'Adresse e-mail',
  'field.phone': 'Numéro de téléphone',
  'field.emailOrPhone': 'Adresse e-mail ou numéro de téléphone',
  'action.createAccount': 'Créer un compte',
  'hint.codeLength.one': 'Le code comporte {count} chiffre.',
  'hint.codeLength.many': 'Le code comporte {count} chiffres.',
  'hint.codeLength.other': 'Le code comporte {count} chiffres.',
};
