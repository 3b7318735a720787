import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Muista tämä laite',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Anna tekstiviestillä saamasi koodi',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Anna sähköpostilla saamasi koodi',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Anna todennussovelluksen koodi',
  'step.CONFIRM_SIGN_UP.title': 'Vahvista tilisi',
  'hint.codeSent': 'Lähetimme koodin: {destination}.',
  'hint.codeSentBy.SMS': 'Lähetimme koodin tekstiviestinä numeroon {destination}.',
  'hint.codeSentBy.EMAIL': 'Lähetimme koodin sähköpostiosoitteeseen {destination}.',
  'hint.totpCode': 'Avaa todennussovellus ja anna tämän tilin kuusinumeroinen koodi.',
  'hint.confirmSignUp': 'Vahvista tilisi antamalla koodi, jonka lähetimme ({destination}).',
  'hint.confirmSignUpNoDestination': 'Vahvista tilisi antamalla saamasi koodi.',
};
