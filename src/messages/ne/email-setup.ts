import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'जारी राख्नुहोस्',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'इमेलमार्फत प्रमाणीकरण सेटअप गर्नुहोस्',
  'hint.emailSetup': 'साइन इन कोडहरू पठाउनुपर्ने इमेल ठेगाना हाल्नुहोस्।',
};
