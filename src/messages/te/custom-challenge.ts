import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'సమాధానం',
  'action.submit': 'సమర్పించండి',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'ఛాలెంజ్‌కు సమాధానం ఇవ్వండి',
  'hint.customChallenge': 'కొనసాగించడానికి ప్రశ్నకు సమాధానం ఇవ్వండి.',
};
