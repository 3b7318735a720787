import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'आप किस तरीके से साइन इन करना चाहते हैं?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'चुनें कि आप अपनी पहचान की पुष्टि कैसे करना चाहते हैं',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'दो चरणों में पुष्टि की सुविधा सेट अप करें',
  'choice.SMS': 'टेक्स्ट मैसेज (SMS)',
  'choice.TOTP': 'ऑथेंटिकेटर ऐप',
  'choice.EMAIL': 'ईमेल',
  'choice.PASSWORD': 'पासवर्ड',
  'choice.PASSWORD_SRP': 'पासवर्ड',
  'choice.EMAIL_OTP': 'ईमेल पर कोड पाएं',
  'choice.SMS_OTP': 'SMS पर कोड पाएं',
  'choice.WEB_AUTHN': 'पासकी',
};
