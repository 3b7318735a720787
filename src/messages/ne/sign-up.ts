import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'आफ्नो खाता बनाउनुहोस्',
  'hint.phoneNumber': '+ र देशको कोडबाट सुरु गर्नुहोस्, जस्तै +9779812345678।',
  'hint.signUpNoPassword': 'पासवर्ड चाहिँदैन: हामीले पठाउने कोडले तपाईं साइन इन गर्नुहुनेछ।',
  'action.haveAccount': 'पहिले नै खाता छ? साइन इन गर्नुहोस्',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'आफ्नो इमेल हेर्नुहोस्',
  'hint.signUpLink': 'हामीले {destination} मा लिंक पठायौं। खाता पुष्टि गर्न यसलाई खोल्नुहोस्, अनि यो पेज आफैं अगाडि बढ्नेछ।',
  'hint.signUpLinkNoDestination': 'हामीले तपाईंलाई लिंक पठायौं। खाता पुष्टि गर्न यसलाई खोल्नुहोस्, अनि यो पेज आफैं अगाडि बढ्नेछ।',
  'action.resendLink': 'नयाँ लिंक पठाउनुहोस्',
};
