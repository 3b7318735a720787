import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'אימות דו־שלבי',
  'account.mfa.off': 'האימות הדו־שלבי כבוי: בכניסה נדרשת רק הסיסמה.',
  'account.mfa.hint': 'בכניסה נדרשת הסיסמה, ואחריה קוד מהשיטה הראשית.',
  'account.mfa.retry': 'ניסיון חוזר',
  'account.mfa.on': 'פעיל',
  'account.mfa.preferred': 'פעיל, שיטה ראשית',
  'account.mfa.turnOn': 'הפעלה',
  'account.mfa.turnOff': 'כיבוי',
  'account.mfa.prefer': 'הגדרה כראשית',
  'account.mfa.cancel': 'ביטול',
  'account.mfa.totpOn': 'אפליקציית האימות פעילה. בכניסה הבאה יש להזין את הקוד שמוצג בה.',
  'account.mfa.saved': 'השינוי נשמר.',
  'error.mfaLastRequired': 'בחשבון הזה חובה להשאיר אימות דו־שלבי. יש להפעיל שיטה אחרת לפני כיבוי השיטה הזו.',
};
