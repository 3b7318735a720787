import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Jawaban',
  'action.submit': 'Kirim',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Jawab pertanyaan verifikasi',
  'hint.customChallenge': 'Jawab pertanyaan untuk melanjutkan.',
};
