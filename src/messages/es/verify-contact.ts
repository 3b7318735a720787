import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Verifica tus datos de contacto',
  'hint.verifyContact':
    'Verifica cómo podemos contactarte para que puedas restablecer tu contraseña si alguna vez la olvidas.',
  'action.verifyContact.email': 'Enviarme un código por correo electrónico',
  'action.verifyContact.phone_number': 'Enviarme un código por SMS',
};
