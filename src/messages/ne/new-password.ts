import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'नयाँ पासवर्ड छान्नुहोस्',
  'hint.newPassword': 'जारी राख्नुअघि तपाईंले अस्थायी पासवर्ड बदल्नुपर्छ।',
  'hint.missingAttributes': 'हामीलाई केही थप विवरण पनि चाहिन्छ।',
};
