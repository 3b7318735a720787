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
};
