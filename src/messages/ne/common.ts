import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'प्रयोगकर्ताको नाम',
  'field.password': 'पासवर्ड',
  'field.code': 'कोड',
  'action.signIn': 'साइन इन गर्नुहोस्',
  'action.confirm': 'पुष्टि गर्नुहोस्',
  'action.resendCode': 'नयाँ कोड पठाउनुहोस्',
  'action.backToSignIn': 'साइन इनमा फर्कनुहोस्',
  'action.changePassword': 'पासवर्ड बदल्नुहोस्',
  'action.working': 'कृपया पर्खनुहोस्…',
  'action.showPassword': 'पासवर्ड देखाउनुहोस्',
  'action.resendCodeIn.one': '{count} सेकेन्डपछि नयाँ कोड माग्न सकिन्छ',
  'action.resendCodeIn.other': '{count} सेकेन्डपछि नयाँ कोड माग्न सकिन्छ',
  'hint.codeResentNoDestination': 'नयाँ कोड आउँदै छ।',
  'hint.resetRequired': 'साइन इन गर्नुअघि तपाईंले पासवर्ड रिसेट गर्नुपर्छ।',
  'error.prefix': 'त्रुटि:',
  'error.network': 'साइन इन सेवासँग जोडिन सकिएन। इन्टरनेट जडान जाँचेर फेरि प्रयास गर्नुहोस्।',
  'field.email': 'इमेल',
  'field.phone': 'फोन नम्बर',
  'field.emailOrPhone': 'इमेल वा फोन नम्बर',
  'action.createAccount': 'खाता बनाउनुहोस्',
  'hint.codeLength.one': 'कोड {count} अङ्कको हुन्छ।',
  'hint.codeLength.other': 'कोड {count} अङ्कको हुन्छ।',
};
