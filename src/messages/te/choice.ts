import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'మీరు ఎలా సైన్ ఇన్ చేయాలనుకుంటున్నారు?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'ఇది మీరేనని ఎలా వెరిఫై చేయాలో ఎంచుకోండి',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2-దశల వెరిఫికేషన్‌ను సెటప్ చేయండి',
  'choice.SMS': 'టెక్స్ట్ మెసేజ్ (SMS)',
  'choice.TOTP': 'Authenticator యాప్',
  'choice.EMAIL': 'ఈమెయిల్',
  'choice.PASSWORD': 'పాస్‌వర్డ్',
  'choice.PASSWORD_SRP': 'పాస్‌వర్డ్',
  'choice.EMAIL_OTP': 'నాకు ఈమెయిల్‌లో కోడ్ పంపండి',
  'choice.SMS_OTP': 'నాకు SMSలో కోడ్ పంపండి',
  'choice.WEB_AUTHN': 'పాస్‌కీ',
};
