import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Bu cihazı hatırla',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'SMS ile gönderdiğimiz kodu girin',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'E-postayla gönderdiğimiz kodu girin',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Kimlik doğrulama uygulamanızdaki kodu girin',
  'step.CONFIRM_SIGN_UP.title': 'Hesabınızı onaylayın',
  'hint.codeSent': 'Kodu şuraya gönderdik: {destination}.',
  'hint.codeSentBy.SMS': '{destination} numarasına SMS ile bir kod gönderdik.',
  'hint.codeSentBy.EMAIL': '{destination} adresine e-postayla bir kod gönderdik.',
  'hint.totpCode': 'Kimlik doğrulama uygulamanızı açın ve bu hesaba ait 6 haneli kodu girin.',
  'hint.confirmSignUp': 'Kodu şuraya gönderdik: {destination}. Hesabınızı onaylamak için bu kodu girin.',
  'hint.confirmSignUpNoDestination': 'Hesabınızı onaylamak için size gönderdiğimiz kodu girin.',
};
