import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Javob',
  'action.submit': 'Yuborish',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Tekshiruvga javob bering',
  'hint.customChallenge': 'Davom etish uchun savolga javob bering.',
};
