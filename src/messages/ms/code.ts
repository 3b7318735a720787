import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Ingat peranti ini',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Masukkan kod yang kami hantar melalui SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Masukkan kod yang kami hantar melalui e-mel',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Masukkan kod daripada apl pengesah anda',
  'step.CONFIRM_SIGN_UP.title': 'Sahkan akaun anda',
  'hint.codeSent': 'Kami telah menghantar kod ke {destination}.',
  'hint.codeSentBy.SMS': 'Kami telah menghantar kod melalui SMS ke {destination}.',
  'hint.codeSentBy.EMAIL': 'Kami telah menghantar kod melalui e-mel ke {destination}.',
  'hint.totpCode': 'Buka apl pengesah anda dan masukkan kod 6 digit untuk akaun ini.',
  'hint.confirmSignUp': 'Masukkan kod yang kami hantar ke {destination} untuk mengesahkan akaun anda.',
  'hint.confirmSignUpNoDestination': 'Masukkan kod yang kami hantar kepada anda untuk mengesahkan akaun anda.',
};
