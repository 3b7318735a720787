import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'ඔබට පුරනය වීමට අවශ්‍ය කෙසේද?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'මේ ඔබ බව තහවුරු කරන ආකාරය තෝරන්න',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'පියවර 2ක සත්‍යාපනය පිහිටුවන්න',
  'choice.SMS': 'කෙටි පණිවිඩය (SMS)',
  'choice.TOTP': 'සත්‍යාපන යෙදුම',
  'choice.EMAIL': 'ඊ-තැපෑල',
  'choice.PASSWORD': 'මුරපදය',
  'choice.PASSWORD_SRP': 'මුරපදය',
  'choice.EMAIL_OTP': 'මට ඊ-තැපෑලෙන් කේතයක් එවන්න',
  'choice.SMS_OTP': 'මට SMS මගින් කේතයක් එවන්න',
  'choice.WEB_AUTHN': 'මුරයතුර',
};
