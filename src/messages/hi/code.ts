import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'इस डिवाइस को याद रखें',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'SMS से भेजा गया कोड डालें',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'ईमेल से भेजा गया कोड डालें',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'ऑथेंटिकेटर ऐप में दिख रहा कोड डालें',
  'step.CONFIRM_SIGN_UP.title': 'अपने खाते की पुष्टि करें',
  'hint.codeSent': 'हमने {destination} पर एक कोड भेजा है।',
  'hint.codeSentBy.SMS': 'हमने {destination} पर SMS से एक कोड भेजा है।',
  'hint.codeSentBy.EMAIL': 'हमने {destination} पर ईमेल से एक कोड भेजा है।',
  'hint.totpCode': 'अपना ऑथेंटिकेटर ऐप खोलें और इस खाते के लिए 6 अंकों वाला कोड डालें।',
  'hint.confirmSignUp': 'अपने खाते की पुष्टि करने के लिए, {destination} पर भेजा गया कोड डालें।',
  'hint.confirmSignUpNoDestination': 'अपने खाते की पुष्टि करने के लिए, हमारा भेजा गया कोड डालें।',
};
