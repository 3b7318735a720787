import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Verifica les dades de contacte',
  'hint.verifyContact': 'Verifica com podem contactar amb tu, perquè puguis restablir la contrasenya si mai l’oblides.',
  'action.verifyContact.email': 'Envia’m un codi per correu electrònic',
  'action.verifyContact.phone_number': 'Envia’m un codi per SMS',
};
