import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Validation en deux étapes',
  'account.mfa.off':
    'La validation en deux étapes est désactivée : seul votre mot de passe est demandé à la connexion.',
  'account.mfa.hint': 'À la connexion, votre mot de passe est demandé, puis un code de la méthode utilisée en premier.',
  'account.mfa.retry': 'Réessayer',
  'account.mfa.on': 'Activée',
  'account.mfa.preferred': 'Activée, utilisée en premier',
  'account.mfa.turnOn': 'Activer',
  'account.mfa.turnOff': 'Désactiver',
  'account.mfa.prefer': 'Utiliser en premier',
  'account.mfa.cancel': 'Annuler',
  'account.mfa.totpOn':
    'Votre application d’authentification est activée. À votre prochaine connexion, saisissez le code qu’elle affiche.',
  'account.mfa.saved': 'Votre modification a été enregistrée.',
  'error.mfaLastRequired':
    'Ce compte doit conserver la validation en deux étapes. Activez une autre méthode avant de désactiver celle-ci.',
};
