import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Απομνημόνευση αυτής της συσκευής',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Εισαγάγετε τον κωδικό που σας στείλαμε με SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Εισαγάγετε τον κωδικό που σας στείλαμε με email',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Εισαγάγετε τον κωδικό από την εφαρμογή ελέγχου ταυτότητας',
  'step.CONFIRM_SIGN_UP.title': 'Επιβεβαίωση λογαριασμού',
  'hint.codeSent': 'Στείλαμε έναν κωδικό στο {destination}.',
  'hint.codeSentBy.SMS': 'Στείλαμε έναν κωδικό με SMS στο {destination}.',
  'hint.codeSentBy.EMAIL': 'Στείλαμε έναν κωδικό με email στο {destination}.',
  'hint.totpCode': 'Ανοίξτε την εφαρμογή ελέγχου ταυτότητας και εισαγάγετε τον 6ψήφιο κωδικό για αυτόν τον λογαριασμό.',
  'hint.confirmSignUp': 'Εισαγάγετε τον κωδικό που στείλαμε στο {destination} για να επιβεβαιώσετε τον λογαριασμό σας.',
  'hint.confirmSignUpNoDestination': 'Εισαγάγετε τον κωδικό που σας στείλαμε για να επιβεβαιώσετε τον λογαριασμό σας.',
};
