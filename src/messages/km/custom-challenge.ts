import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'ចម្លើយ',
  'action.submit': 'ដាក់ស្នើ',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'ឆ្លើយសំណួរផ្ទៀងផ្ទាត់',
  'hint.customChallenge': 'ឆ្លើយសំណួរដើម្បីបន្ត។',
};
