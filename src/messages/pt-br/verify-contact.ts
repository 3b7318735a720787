import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Verifique seus dados de contato',
  'hint.verifyContact': 'Verifique como podemos falar com você para poder redefinir sua senha se algum dia esquecê-la.',
  'action.verifyContact.email': 'Receber código por e-mail',
  'action.verifyContact.phone_number': 'Receber código por SMS',
};
