import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Απάντηση',
  'action.submit': 'Υποβολή',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Απαντήστε στην ερώτηση',
  'hint.customChallenge': 'Απαντήστε στην ερώτηση για να συνεχίσετε.',
};
