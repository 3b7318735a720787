import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'මෙම උපාංගය මතක තබා ගන්න',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'අප SMS මගින් එවූ කේතය ඇතුළු කරන්න',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'අප ඊ-තැපෑලෙන් එවූ කේතය ඇතුළු කරන්න',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'සත්‍යාපන යෙදුමේ කේතය ඇතුළු කරන්න',
  'step.CONFIRM_SIGN_UP.title': 'ඔබේ ගිණුම තහවුරු කරන්න',
  'hint.codeSent': 'අපි {destination} වෙත කේතයක් යැවුවෙමු.',
  'hint.codeSentBy.SMS': 'අපි {destination} වෙත SMS මගින් කේතයක් යැවුවෙමු.',
  'hint.codeSentBy.EMAIL': 'අපි {destination} වෙත ඊ-තැපෑලෙන් කේතයක් යැවුවෙමු.',
  'hint.totpCode': 'ඔබේ සත්‍යාපන යෙදුම විවෘත කර මෙම ගිණුමේ ඉලක්කම් 6ක කේතය ඇතුළු කරන්න.',
  'hint.confirmSignUp': 'ඔබේ ගිණුම තහවුරු කිරීමට අප {destination} වෙත යැවූ කේතය ඇතුළු කරන්න.',
  'hint.confirmSignUpNoDestination': 'ඔබේ ගිණුම තහවුරු කිරීමට අප ඔබට යැවූ කේතය ඇතුළු කරන්න.',
};
