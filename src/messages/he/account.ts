import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'לא התחברת. צריך להתחבר כדי לנהל את החשבון.',
  'account.password.title': 'שינוי הסיסמה',
  'account.field.currentPassword': 'הסיסמה הנוכחית',
  'account.password.submit': 'שינוי סיסמה',
  'account.password.changed': 'הסיסמה שלך שונתה.',
  'account.error.currentPassword': 'זו לא הסיסמה הנוכחית שלך.',
  'account.sessions.title': 'התנתקות מכל מקום',
  'account.sessions.hint': 'הפעולה הזו תנתק אותך מכל מכשיר ודפדפן שבהם התחברת, כולל זה.',
  'account.sessions.submit': 'התנתקות מכל המכשירים',
  'account.delete.title': 'מחיקת החשבון',
  'account.delete.hint': 'הפעולה תמחק את החשבון שלך ואת כל מה שנשמר בו. אי אפשר לבטל אותה.',
  'account.delete.word': 'מחיקה',
  'account.delete.field': 'לאישור, יש להקליד „{word}”',
  'account.delete.submit': 'מחיקת החשבון',
  'account.delete.mismatch': 'יש להקליד „{word}” לאישור.',
  'account.delete.done': 'החשבון שלך נמחק.',
};
