import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'שם משתמש',
  'field.password': 'סיסמה',
  'field.code': 'קוד',
  'action.signIn': 'כניסה',
  'action.confirm': 'אישור',
  'action.resendCode': 'שליחת קוד חדש',
  'action.backToSignIn': 'חזרה לכניסה',
  'action.changePassword': 'שינוי הסיסמה',
  'action.working': 'רק רגע…',
  'action.showPassword': 'הצגת הסיסמה',
  'action.resendCodeIn.one': 'אפשר לשלוח קוד חדש בעוד שנייה אחת',
  'action.resendCodeIn.two': 'אפשר לשלוח קוד חדש בעוד שתי שניות',
  'action.resendCodeIn.other': 'אפשר לשלוח קוד חדש בעוד {count} שניות',
  'hint.codeResentNoDestination': 'קוד חדש בדרך אליך.',
  'hint.resetRequired': 'צריך לאפס את הסיסמה לפני הכניסה.',
  'error.prefix': 'שגיאה:',
  'error.network': 'לא הצלחנו להתחבר לשירות הכניסה. יש לבדוק את החיבור לאינטרנט ולנסות שוב.',
  'field.email': 'אימייל',
  'field.phone': 'מספר טלפון',
  'field.emailOrPhone': 'אימייל או מספר טלפון',
  'action.createAccount': 'יצירת חשבון',
  'hint.codeLength.one': 'הקוד בן ספרה אחת.',
  'hint.codeLength.two': 'הקוד בן שתי ספרות.',
  'hint.codeLength.other': 'הקוד בן {count} ספרות.',
};
