import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Sahkan butiran hubungan anda',
  'hint.verifyContact':
    'Sahkan cara kami boleh menghubungi anda, supaya anda boleh menetapkan semula kata laluan jika terlupa.',
  'action.verifyContact.email': 'E-melkan kod kepada saya',
  'action.verifyContact.phone_number': 'Hantar kod melalui SMS kepada saya',
};
