import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'तपाईं कसरी साइन इन गर्न चाहनुहुन्छ?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'यो तपाईं नै हो भनी कसरी पुष्टि गर्ने, छान्नुहोस्',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'दुई चरणको प्रमाणीकरण सेटअप गर्नुहोस्',
  'choice.SMS': 'टेक्स्ट म्यासेज (SMS)',
  'choice.TOTP': 'प्रमाणक एप',
  'choice.EMAIL': 'इमेल',
  'choice.PASSWORD': 'पासवर्ड',
  'choice.PASSWORD_SRP': 'पासवर्ड',
  'choice.EMAIL_OTP': 'मलाई इमेलमा कोड पठाउनुहोस्',
  'choice.SMS_OTP': 'मलाई SMS मा कोड पठाउनुहोस्',
  'choice.WEB_AUTHN': 'पासकी',
};
