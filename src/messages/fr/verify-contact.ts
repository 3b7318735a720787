import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Vérifiez vos coordonnées',
  'hint.verifyContact':
    'Vérifiez comment nous pouvons vous joindre afin de pouvoir réinitialiser votre mot de passe si vous l’oubliez.',
  'action.verifyContact.email': 'M’envoyer un code par e-mail',
  'action.verifyContact.phone_number': 'M’envoyer un code par SMS',
};
