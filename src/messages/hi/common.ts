import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'उपयोगकर्ता नाम',
  'field.password': 'पासवर्ड',
  'field.code': 'कोड',
  'action.signIn': 'साइन इन करें',
  'action.confirm': 'पुष्टि करें',
  'action.resendCode': 'नया कोड भेजें',
  'action.backToSignIn': 'साइन इन पर वापस जाएं',
  'action.changePassword': 'पासवर्ड बदलें',
  'action.working': 'कृपया इंतज़ार करें…',
  'action.showPassword': 'पासवर्ड दिखाएं',
  'action.resendCodeIn.one': '{count} सेकंड में नया कोड भेजें',
  'action.resendCodeIn.other': '{count} सेकंड में नया कोड भेजें',
  'hint.codeResentNoDestination': 'नया कोड भेजा जा रहा है।',
  'hint.resetRequired': 'साइन इन करने से पहले, आपको अपना पासवर्ड रीसेट करना होगा।',
  'error.prefix': 'गड़बड़ी:',
  'error.network': 'साइन इन सेवा से कनेक्ट नहीं हो सका। अपना इंटरनेट कनेक्शन जांचें और फिर से कोशिश करें।',
  'field.email': 'ईमेल',
  'field.phone': 'फ़ोन नंबर',
  'field.emailOrPhone': 'ईमेल या फ़ोन नंबर',
  'action.createAccount': 'खाता बनाएँ',
  'hint.codeLength.one': 'कोड {count} अंक का है।',
  'hint.codeLength.other': 'कोड {count} अंकों का है।',
};
