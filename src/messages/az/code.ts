import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Bu cihazı yadda saxlayın',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'SMS ilə göndərdiyimiz kodu daxil edin',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'E-poçtla göndərdiyimiz kodu daxil edin',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Autentifikator tətbiqindəki kodu daxil edin',
  'step.CONFIRM_SIGN_UP.title': 'Hesabınızı təsdiqləyin',
  'hint.codeSent': '{destination} ünvanına kod göndərdik.',
  'hint.codeSentBy.SMS': '{destination} nömrəsinə SMS ilə kod göndərdik.',
  'hint.codeSentBy.EMAIL': '{destination} ünvanına e-poçtla kod göndərdik.',
  'hint.totpCode': 'Autentifikator tətbiqini açın və bu hesab üçün 6 rəqəmli kodu daxil edin.',
  'hint.confirmSignUp': 'Hesabınızı təsdiqləmək üçün {destination} ünvanına göndərdiyimiz kodu daxil edin.',
  'hint.confirmSignUpNoDestination': 'Hesabınızı təsdiqləmək üçün sizə göndərdiyimiz kodu daxil edin.',
};
