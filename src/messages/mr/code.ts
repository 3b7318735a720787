import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'हे डिव्हाइस लक्षात ठेवा',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'आम्ही SMS ने पाठवलेला कोड एंटर करा',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'आम्ही ईमेलने पाठवलेला कोड एंटर करा',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'तुमच्या ऑथेंटिकेटर ॲपमधील कोड एंटर करा',
  'step.CONFIRM_SIGN_UP.title': 'तुमचे खाते कन्फर्म करा',
  'hint.codeSent': 'आम्ही {destination} वर कोड पाठवला आहे.',
  'hint.codeSentBy.SMS': 'आम्ही {destination} वर SMS ने कोड पाठवला आहे.',
  'hint.codeSentBy.EMAIL': 'आम्ही {destination} वर ईमेलने कोड पाठवला आहे.',
  'hint.totpCode': 'तुमचे ऑथेंटिकेटर ॲप उघडा आणि या खात्यासाठीचा ६ अंकी कोड एंटर करा.',
  'hint.confirmSignUp': 'तुमचे खाते कन्फर्म करण्यासाठी आम्ही {destination} वर पाठवलेला कोड एंटर करा.',
  'hint.confirmSignUpNoDestination': 'तुमचे खाते कन्फर्म करण्यासाठी आम्ही तुम्हाला पाठवलेला कोड एंटर करा.',
};
