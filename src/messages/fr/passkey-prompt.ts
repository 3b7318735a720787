import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Pas maintenant',
  'action.registerPasskey': 'Créer une clé d’accès',
  'step.PASSKEY_PROMPT.title': 'Connectez-vous plus rapidement la prochaine fois',
  'hint.passkeyPrompt':
    'Créez une clé d’accès pour vous connecter avec votre empreinte digitale, votre visage ou le verrouillage de l’écran plutôt qu’avec un mot de passe.',
};
