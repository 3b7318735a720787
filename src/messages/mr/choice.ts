import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'तुम्हाला कसे साइन इन करायचे आहे?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'हे तुम्हीच आहात याची पडताळणी कशी करायची ते निवडा',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '२-टप्पी पडताळणी सेट करा',
  'choice.SMS': 'टेक्स्ट मेसेज (SMS)',
  'choice.TOTP': 'ऑथेंटिकेटर ॲप',
  'choice.EMAIL': 'ईमेल',
  'choice.PASSWORD': 'पासवर्ड',
  'choice.PASSWORD_SRP': 'पासवर्ड',
  'choice.EMAIL_OTP': 'मला ईमेलने कोड पाठवा',
  'choice.SMS_OTP': 'मला SMS ने कोड पाठवा',
  'choice.WEB_AUTHN': 'पासकी',
};
