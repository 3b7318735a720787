import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Confirmar os seus contactos',
  'hint.verifyContact': 'Confirme como o podemos contactar, para poder repor a palavra-passe caso a esqueça.',
  'action.verifyContact.email': 'Enviar-me um código por email',
  'action.verifyContact.phone_number': 'Enviar-me um código por SMS',
};
