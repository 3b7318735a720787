import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'יצירת החשבון שלך',
  'hint.phoneNumber': 'יש להתחיל ב-+ ובקידומת המדינה, למשל +14255550100.',
  'hint.signUpNoPassword': 'אין צורך בסיסמה: הכניסה תתבצע עם קוד שנשלח אליך.',
  'action.haveAccount': 'כבר יש לך חשבון? לכניסה',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'כדאי לבדוק את האימייל',
  'hint.signUpLink': 'שלחנו קישור אל {destination}. יש לפתוח אותו כדי לאמת את החשבון, והדף הזה ימשיך מעצמו.',
  'hint.signUpLinkNoDestination': 'שלחנו לך קישור. יש לפתוח אותו כדי לאמת את החשבון, והדף הזה ימשיך מעצמו.',
  'action.resendLink': 'שליחת קישור חדש',
};
