import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'కొత్త పాస్‌వర్డ్‌ను ఎంచుకోండి',
  'hint.newPassword': 'కొనసాగించే ముందు మీ తాత్కాలిక పాస్‌వర్డ్‌ను మార్చాలి.',
  'hint.missingAttributes': 'మాకు మరికొన్ని వివరాలు కూడా కావాలి.',
};
