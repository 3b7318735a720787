import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'איך ברצונך להיכנס?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'בחירת דרך לאימות הזהות',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'הגדרת אימות דו-שלבי',
  'choice.SMS': 'הודעת טקסט (SMS)',
  'choice.TOTP': 'אפליקציית אימות',
  'choice.EMAIL': 'אימייל',
  'choice.PASSWORD': 'סיסמה',
  'choice.PASSWORD_SRP': 'סיסמה',
  'choice.EMAIL_OTP': 'קבלת קוד באימייל',
  'choice.SMS_OTP': 'קבלת קוד ב-SMS',
  'choice.WEB_AUTHN': 'מפתח גישה',
};
