import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'अपना खाता बनाएँ',
  'hint.phoneNumber': '+ और देश के कोड से शुरू करें, जैसे +14255550100.',
  'hint.signUpNoPassword': 'पासवर्ड की ज़रूरत नहीं: आप हमारे भेजे गए कोड से साइन इन करेंगे।',
  'action.haveAccount': 'पहले से खाता है? साइन इन करें',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'अपना ईमेल देखें',
  'hint.signUpLink': 'हमने {destination} पर एक लिंक भेजा है। अपने खाते की पुष्टि के लिए उसे खोलें, यह पेज अपने-आप आगे बढ़ जाएगा।',
  'hint.signUpLinkNoDestination': 'हमने आपको एक लिंक भेजा है। अपने खाते की पुष्टि के लिए उसे खोलें, यह पेज अपने-आप आगे बढ़ जाएगा।',
  'action.resendLink': 'नया लिंक भेजें',
};
