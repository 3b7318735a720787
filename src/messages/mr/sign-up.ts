import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'तुमचे खाते तयार करा',
  'hint.phoneNumber': '+ आणि देशाच्या कोडने सुरुवात करा, जसे की +919876543210.',
  'hint.signUpNoPassword': 'पासवर्डची गरज नाही: आम्ही पाठवलेल्या कोडने तुम्ही साइन इन कराल.',
  'action.haveAccount': 'आधीच खाते आहे? साइन इन करा',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'तुमचा ईमेल तपासा',
  'hint.signUpLink': 'आम्ही {destination} वर लिंक पाठवली आहे. तुमचे खाते कन्फर्म करण्यासाठी ती उघडा, हे पेज आपोआप पुढे जाईल.',
  'hint.signUpLinkNoDestination': 'आम्ही तुम्हाला लिंक पाठवली आहे. तुमचे खाते कन्फर्म करण्यासाठी ती उघडा, हे पेज आपोआप पुढे जाईल.',
  'action.resendLink': 'नवीन लिंक पाठवा',
};
