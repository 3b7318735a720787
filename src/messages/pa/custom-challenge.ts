import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'ਜਵਾਬ',
  'action.submit': 'ਸਪੁਰਦ ਕਰੋ',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'ਚੁਣੌਤੀ ਦਾ ਜਵਾਬ ਦਿਓ',
  'hint.customChallenge': 'ਜਾਰੀ ਰੱਖਣ ਲਈ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ।',
};
