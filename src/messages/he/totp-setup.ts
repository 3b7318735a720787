import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'העתקת מפתח ההגדרה',
  'action.openAuthenticator': 'פתיחה באפליקציית האימות',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'הגדרת אפליקציית האימות',
  'hint.totpSecret': 'מפתח הגדרה',
  'hint.totpQrAlt': 'קוד QR להוספת החשבון הזה לאפליקציית אימות',
  'hint.totpCopied': 'הועתק',
  'error.qrCode': 'אי אפשר להציג את קוד ה-QR. במקום זאת, יש להזין את מפתח ההגדרה באפליקציית האימות.',
  'hint.totpStepApp': 'יש לפתוח אפליקציית אימות בטלפון, או להתקין אחת.',
  'hint.totpStepScan': 'יש לסרוק את קוד ה-QR באפליקציה, או להעתיק אליה את מפתח ההגדרה.',
  'hint.totpStepCode': 'יש להזין את הקוד בן 6 הספרות שמופיע באפליקציה.',
};
