import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'वापरकर्ता नाव',
  'field.password': 'पासवर्ड',
  'field.code': 'कोड',
  'action.signIn': 'साइन इन करा',
  'action.confirm': 'कन्फर्म करा',
  'action.resendCode': 'नवीन कोड पाठवा',
  'action.backToSignIn': 'साइन इनवर परत जा',
  'action.changePassword': 'पासवर्ड बदला',
  'action.working': 'कृपया प्रतीक्षा करा…',
  'action.showPassword': 'पासवर्ड दाखवा',
  'action.resendCodeIn.one': '{count} सेकंदात नवीन कोड पाठवा',
  'action.resendCodeIn.other': '{count} सेकंदांत नवीन कोड पाठवा',
  'hint.codeResentNoDestination': 'नवीन कोड पाठवला जात आहे.',
  'hint.resetRequired': 'साइन इन करण्यापूर्वी तुमचा पासवर्ड रीसेट करणे आवश्यक आहे.',
  'error.prefix': 'एरर:',
  'error.network': 'आम्ही साइन-इन सेवेपर्यंत पोहोचू शकलो नाही. तुमचे कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  'field.email': 'ईमेल',
  'field.phone': 'फोन नंबर',
  'field.emailOrPhone': 'ईमेल किंवा फोन नंबर',
  'action.createAccount': 'खाते तयार करा',
  'hint.codeLength.one': 'कोड {count} अंकी आहे.',
  'hint.codeLength.other': 'कोड {count} अंकी आहे.',
};
