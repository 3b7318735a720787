import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Aucune session n’est ouverte. Connectez-vous pour gérer votre compte.',
  'account.password.title': 'Modifier votre mot de passe',
  'account.field.currentPassword': 'Mot de passe actuel',
  'account.password.submit': 'Modifier le mot de passe',
  'account.password.changed': 'Votre mot de passe a été modifié.',
  'account.error.currentPassword': 'Ce n’est pas votre mot de passe actuel.',
  'account.sessions.title': 'Se déconnecter partout',
  'account.sessions.hint':
    'Cela ferme votre session sur tous les appareils et navigateurs où elle est ouverte, y compris celui-ci.',
  'account.sessions.submit': 'Se déconnecter de tous les appareils',
  'account.delete.title': 'Supprimer votre compte',
  'account.delete.hint':
    'Votre compte et tout ce qui y est enregistré seront supprimés. Cette action est irréversible.',
  'account.delete.word': 'supprimer',
  'account.delete.field': 'Pour confirmer, saisissez « {word} »',
  'account.delete.submit': 'Supprimer le compte',
  'account.delete.mismatch': 'Saisissez « {word} » pour confirmer.',
  'account.delete.done': 'Votre compte a été supprimé.',
  'account.passkeys.title': 'Clés d’accès',
  'account.passkeys.hint':
    'Connectez-vous avec votre empreinte, votre visage ou le verrouillage de l’écran au lieu d’un mot de passe.',
  'account.passkeys.empty': 'Vous n’avez encore ajouté aucune clé d’accès.',
  'account.passkeys.add': 'Ajouter une clé d’accès',
  'account.passkeys.unnamed': 'Clé d’accès',
  'account.passkeys.created': 'Ajoutée le {date}',
  'account.passkeys.remove': 'Supprimer',
  'account.passkeys.confirm': 'Supprimer « {name} » ? Vous ne pourrez plus l’utiliser pour vous connecter.',
  'account.passkeys.confirmSubmit': 'Supprimer la clé d’accès',
  'account.passkeys.keep': 'La conserver',
  'account.passkeys.added': 'Clé d’accès ajoutée. Vous pourrez l’utiliser lors de votre prochaine connexion.',
  'account.passkeys.deleted': 'Clé d’accès supprimée.',
  'account.devices.title': 'Appareils mémorisés',
  'account.devices.hint': 'Ces appareils peuvent se connecter sans code de vérification.',
  'account.devices.empty': 'Aucun appareil n’est mémorisé.',
  'account.devices.this': 'Cet appareil',
  'account.devices.unnamed': 'Appareil sans nom',
  'account.devices.forget': 'Oublier',
  'account.devices.forgetThis': 'Oublier cet appareil',
  'account.devices.forgot': 'Appareil oublié. Un code de vérification lui sera demandé à sa prochaine connexion.',
  'account.devices.forgotThis':
    'Cet appareil a été oublié. Un code de vérification vous sera demandé la prochaine fois que vous vous connecterez ici.',
  'account.lastUsed': 'Dernière utilisation : {date}',
  'account.list.retry': 'Réessayer',
};
