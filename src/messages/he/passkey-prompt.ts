import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'לא עכשיו',
  'action.registerPasskey': 'יצירת מפתח גישה',
  'step.PASSKEY_PROMPT.title': 'בפעם הבאה הכניסה תהיה מהירה יותר',
  'hint.passkeyPrompt': 'אפשר ליצור מפתח גישה ולהיכנס בעזרת טביעת אצבע, זיהוי פנים או נעילת המסך, במקום סיסמה.',
};
