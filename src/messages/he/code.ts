import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'לזכור את המכשיר הזה',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'יש להזין את הקוד שקיבלת ב-SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'יש להזין את הקוד שקיבלת באימייל',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'יש להזין את הקוד מאפליקציית האימות',
  'step.CONFIRM_SIGN_UP.title': 'אימות החשבון',
  'hint.codeSent': 'שלחנו קוד אל {destination}.',
  'hint.codeSentBy.SMS': 'שלחנו קוד ב-SMS אל {destination}.',
  'hint.codeSentBy.EMAIL': 'שלחנו קוד באימייל אל {destination}.',
  'hint.totpCode': 'יש לפתוח את אפליקציית האימות ולהזין את הקוד בן 6 הספרות של החשבון הזה.',
  'hint.confirmSignUp': 'כדי לאמת את החשבון, יש להזין את הקוד ששלחנו אל {destination}.',
  'hint.confirmSignUpNoDestination': 'כדי לאמת את החשבון, יש להזין את הקוד ששלחנו אליך.',
};
