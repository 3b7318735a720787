import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'ಉತ್ತರ',
  'action.submit': 'ಸಲ್ಲಿಸಿ',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'ಸವಾಲಿಗೆ ಉತ್ತರಿಸಿ',
  'hint.customChallenge': 'ಮುಂದುವರಿಯಲು ಪ್ರಶ್ನೆಗೆ ಉತ್ತರಿಸಿ.',
};
