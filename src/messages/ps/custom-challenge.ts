import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'ځواب',
  'action.submit': 'وسپارئ',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'د تایید غوښتنې ته ځواب ورکړئ',
  'hint.customChallenge': 'د دوام لپاره پوښتنې ته ځواب ورکړئ.',
};
