import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Verifikasi info kontak Anda',
  'hint.verifyContact':
    'Verifikasi cara kami menghubungi Anda agar Anda bisa mengatur ulang kata sandi jika suatu saat lupa.',
  'action.verifyContact.email': 'Kirim kode lewat email',
  'action.verifyContact.phone_number': 'Kirim kode lewat SMS',
};
